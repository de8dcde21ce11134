namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c>s of persisted ("trusted") document refusals.</summary>
public static class PersistedDocumentErrors
{
    /// <summary>No document is registered under the id sent (Apollo's code, so its clients recognise it).</summary>
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The request sent a document id, but the server has no document store.</summary>
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The server runs registered documents only (<see cref="GraphQLOptions.TrustedDocumentsOnly"/>) and the text sent is not one.</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
}
