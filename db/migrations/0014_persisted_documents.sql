-- Trusted documents (issue 12): the GraphQL documents a front end registered (mentorgraph persist, or
-- POST /graphql/documents for ADMIN), so it can send {"id": "<sha256>"} instead of the text, and so a server with
-- GraphQL:TrustedDocumentsOnly runs nothing else. They live in the schema "graphql" (the API's own records, not
-- domain rows EF maps). A row is never changed: its id is the hash of its text, so a new text is a new row.

CREATE SCHEMA graphql;

COMMENT ON SCHEMA graphql IS 'The GraphQL API''s own records (persisted documents); written by the API, not mapped by EF.';

CREATE TABLE graphql.persisted_documents (
    id             text        NOT NULL,
    body           text        NOT NULL,
    operation_name text        NULL,
    registered_at  timestamptz NOT NULL,
    registered_by  text        NOT NULL,
    CONSTRAINT persisted_documents_pkey PRIMARY KEY (id),
    CONSTRAINT persisted_documents_id_is_body_hash CHECK (id = encode(sha256(convert_to(body, 'UTF8')), 'hex')),
    CONSTRAINT persisted_documents_body_length CHECK (length(body) BETWEEN 1 AND 1000000),
    CONSTRAINT persisted_documents_registered_by_length CHECK (length(registered_by) BETWEEN 1 AND 200)
);

COMMENT ON TABLE graphql.persisted_documents IS 'Registered (trusted) GraphQL documents by id. Requests find them by the primary key; nothing else reads them.';
COMMENT ON COLUMN graphql.persisted_documents.id IS 'SHA-256 of body (UTF-8, exact text, not normalised) in lowercase hex — what clients send as id, documentId or sha256Hash. The CHECK keeps id and body together.';
COMMENT ON COLUMN graphql.persisted_documents.body IS 'The document: one operation and the fragments it uses, as the client''s build wrote them.';
COMMENT ON COLUMN graphql.persisted_documents.operation_name IS 'The name of the document''s operation (the manifest shows it); NULL for an anonymous one.';
COMMENT ON COLUMN graphql.persisted_documents.registered_by IS 'Who registered it first: the email of an ADMIN token, or "cli" for mentorgraph persist.';
