-- The topic taxonomy (shared TAXONOMY.md; defined in code in src/Analytics/Taxonomy.cs,
-- Taxonomy.TopicDefinitions). The rows here must equal that list: TopicsMatchTaxonomyTests keeps them equal.
-- A new topic is a new migration that inserts it (never an edit of this file once applied).

CREATE TABLE topics (
    id       text    PRIMARY KEY,
    slug     text    NOT NULL,
    title    text    NOT NULL,
    covers   text    NOT NULL,
    position integer NOT NULL,
    CONSTRAINT topics_slug_unique UNIQUE (slug),
    CONSTRAINT topics_position_unique UNIQUE (position),
    CONSTRAINT topics_id_is_slug_in_upper_snake CHECK (id = upper(replace(slug, '-', '_'))),
    CONSTRAINT topics_slug_format CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    CONSTRAINT topics_title_not_blank CHECK (btrim(title) <> ''),
    CONSTRAINT topics_position_positive CHECK (position > 0)
);

COMMENT ON TABLE topics IS 'The taxonomy of session-note and lesson topics; reference data written only by migrations.';
COMMENT ON COLUMN topics.id IS 'The API''s enum name (TopicId), e.g. SOCIAL_MEDIA: the slug in upper snake case.';
COMMENT ON COLUMN topics.slug IS 'The classifier''s label, e.g. social-media.';
COMMENT ON COLUMN topics.position IS 'The taxonomy''s order (1-based), the order the API lists topics in.';

INSERT INTO topics (id, slug, title, covers, position) VALUES
    ('SOCIAL_MEDIA', 'social-media', 'Social media',
     'Social platforms and online presence of people and brands: LinkedIn, Instagram, TikTok, X/Twitter, YouTube, posting, followers, influencers, personal brand online.', 1),
    ('DIGITAL_MARKETING', 'digital-marketing', 'Digital marketing',
     'Getting found and selling online: SEO, website traffic, bounce rate, online ads, email campaigns, landing pages, conversion.', 2),
    ('EMERGING_TECH', 'emerging-tech', 'Emerging technology',
     'New technology trends: generative AI and chat assistants, new apps and devices, VR/AR, crypto, what is coming next in tech.', 3),
    ('DATA_ANALYTICS', 'data-analytics', 'Data and analytics',
     'Turning data into decisions: dashboards, metrics and KPIs, reading charts, spreadsheets for analysis, data literacy, experiments.', 4),
    ('CUSTOMER_INSIGHT', 'customer-insight', 'Customer insight',
     'What customers and consumers want and how they behave, younger markets, customer feedback, user research.', 5),
    ('COMPETITIVE_LANDSCAPE', 'competitive-landscape', 'Competitive landscape',
     'Competitors, start-ups and disruptors, industry and market shifts, who is gaining share and why.', 6),
    ('BUSINESS_FUNDAMENTALS', 'business-fundamentals', 'Business fundamentals',
     'How the business makes money: budgets, P&L, pricing, forecasting, strategy, contracts, how the industry works.', 7),
    ('LEADERSHIP', 'leadership', 'Leadership',
     'Leading people: delegation, decision-making, managing a team, executive presence, leading change, difficult people decisions.', 8),
    ('COMMUNICATION', 'communication', 'Communication',
     'How people communicate: presenting, writing, giving and receiving feedback, listening, running meetings, communication styles.', 9),
    ('CAREER_GROWTH', 'career-growth', 'Career growth',
     'Careers: career paths, promotions, networking, stretch assignments, building skills, finding sponsors.', 10),
    ('WORKPLACE_CULTURE', 'workplace-culture', 'Workplace culture',
     'How people work together: generations at work, inclusion, remote/hybrid work, engagement, loyalty and retention, wellbeing, trust.', 11),
    ('PRODUCTIVITY_TOOLS', 'productivity-tools', 'Productivity tools',
     'Everyday work software and workflow shortcuts: email, calendar, chat (Slack/Teams), document tools, keyboard shortcuts, automating routine tasks.', 12);
