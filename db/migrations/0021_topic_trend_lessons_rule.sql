-- Insights (issue 11): the lessons column of analytics.topic_trends follows the lessons export's rule. A topic-trend row's
-- lessons is the total of analytics.lessons' rows of that topic and week, which that export protects assuming the total
-- unknown where its rule hides it; the API (TopicTrendLessons) now publishes it NULL on a row that is not suppressed in
-- exactly those cases. Only the documentation changes here: published_topic_trends already allows lessons NULL on a
-- shown row (its CHECK ties notes and people to suppressed, not lessons).

COMMENT ON COLUMN analytics.topic_trends.lessons IS 'Lessons with this topic recorded in the period. NULL on a row that is not suppressed when the lessons rule hides them: for a WEEK, exactly when analytics.lessons (and /exports/lessons) hides the topic''s week total (fewer than k lessons or distinct people, or the complement of such a topic against the week''s lessons), so its rows cannot be subtracted from this number; for a MONTH, when the topic''s lessons of the month are fewer than k or by fewer than k distinct people, or the complement of such a topic against the month''s lessons.';
