"""The database schema, as numbered sqlite-utils migrations.

A file whose applied migrations include names this version does not know was
written by a newer version: it is refused before anything touches it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "factcheck"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            published TEXT,
            published_assumed INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'en',
            text TEXT NOT NULL,
            rating TEXT,
            summary TEXT NOT NULL DEFAULT '',
            signed_off_by TEXT NOT NULL DEFAULT '',
            signed_off_at TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (article_id, idx)
        )
        """
    )
    # Verdicts live apart from the full-text index so an edit never rewrites it.
    db.execute(
        """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            sourced INTEGER,
            anonymous INTEGER,
            contested INTEGER,
            inconsistent INTEGER,
            rating TEXT,
            credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
            note TEXT NOT NULL DEFAULT '',
            evidence_url TEXT NOT NULL DEFAULT '',
            evidence_title TEXT NOT NULL DEFAULT '',
            evidence_accessed TEXT NOT NULL DEFAULT '',
            evidence_archive_url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'unreviewed',
            updated_at TEXT NOT NULL,
            UNIQUE (sentence_id, reviewer)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'person',
            description TEXT NOT NULL DEFAULT '',
            reliability TEXT NOT NULL DEFAULT 'F',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE citations (
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            PRIMARY KEY (sentence_id, source_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            from_sentence INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            to_sentence INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            value TEXT,
            related TEXT NOT NULL DEFAULT '[]',
            proposed TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'pending',
            key TEXT NOT NULL
        )
        """
    )
    # Append-only; ids are plain values so deleting an article keeps its history.
    db.execute(
        """
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            action TEXT NOT NULL,
            article_id TEXT NOT NULL DEFAULT '',
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old TEXT,
            new TEXT
        )
        """
    )
    # Dismissed/accepted states survive re-analysis (and re-import) by key.
    db.execute(
        """
        CREATE TABLE suggestion_states (
            article_id TEXT NOT NULL,
            key TEXT NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        )
        """
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE VIRTUAL TABLE sentence_search USING fts5(text, notes, tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("CREATE INDEX sentences_article ON sentences(article_id, idx)")
    db.execute("CREATE INDEX reviews_sentence ON reviews(sentence_id, reviewer)")
    db.execute("CREATE INDEX citations_source ON citations(source_id)")
    db.execute("CREATE INDEX links_from ON links(from_sentence)")
    db.execute("CREATE INDEX links_to ON links(to_sentence)")
    db.execute("CREATE INDEX suggestions_article ON suggestions(article_id, sentence_id)")
    db.execute("CREATE INDEX history_entity ON history(entity, entity_id)")
    db.execute("CREATE INDEX history_article ON history(article_id)")


# Whether a review row counts as done / flagged (kept in one place for the triggers below).
# COALESCE: a verdict not judged is NULL, and NULL OR false is NULL, not 0.
_DONE = "COALESCE({r}.status = 'done', 0)"
_FLAGGED = ("COALESCE({r}.anonymous = 1 OR {r}.contested = 1 OR {r}.inconsistent = 1"
            " OR {r}.rating IN ('misleading', 'false'), 0)")
# As FLAGGED_INDEXED in reviews.py, which the flagged page query uses so this index applies.
_FLAGGED_SQL = "(anonymous = 1 OR contested = 1 OR inconsistent = 1 OR rating IN ('misleading', 'false'))"
_ARTICLE_OF = "(SELECT article_id FROM sentences WHERE id = {r}.sentence_id)"


@migrations(name="0002_scale_indexes")
def _scale_indexes(db: Database) -> None:
    """Indexes the per-row subqueries need, counts kept by triggers, and "analysis pending".

    ``article_counts`` and ``reviewer_counts`` hold what the article list shows (sentences,
    pending suggestions, sentences with pending suggestions; reviewed and flagged per
    reviewer), kept exact by triggers on every insert, update and delete, so the list of
    5,000 articles is read without counting their sentences.
    """
    db.execute("CREATE INDEX suggestions_sentence_state ON suggestions(sentence_id, state)")
    db.execute("CREATE INDEX suggestions_article_state ON suggestions(article_id, state, sentence_id)")
    db.execute("CREATE INDEX suggestion_states_article ON suggestion_states(article_id)")
    # The "flagged" filter reads the few flagged reviews, not every sentence of the article.
    db.execute(f"CREATE INDEX reviews_flagged ON reviews(reviewer, sentence_id) WHERE {_FLAGGED_SQL}")
    db.execute(
        """
        CREATE TABLE article_counts (
            article_id TEXT PRIMARY KEY,
            sentences INTEGER NOT NULL DEFAULT 0,
            pending_suggestions INTEGER NOT NULL DEFAULT 0,
            suggested_sentences INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE reviewer_counts (
            article_id TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            reviewed INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_id, reviewer)
        )
        """
    )
    # An article whose text is stored but whose analysis has not run (yet).
    db.execute("CREATE TABLE analysis_pending (article_id TEXT PRIMARY KEY, since TEXT NOT NULL)")
    db.execute(
        """CREATE TRIGGER article_counts_sentence_added AFTER INSERT ON sentences BEGIN
             INSERT INTO article_counts (article_id, sentences) VALUES (NEW.article_id, 1)
               ON CONFLICT (article_id) DO UPDATE SET sentences = sentences + 1;
           END"""
    )
    # BEFORE: the reviews of a deleted sentence are deleted by the cascade after it is gone,
    # when their trigger can no longer find the article; they are subtracted here instead.
    done, flagged = _DONE.format(r="r"), _FLAGGED.format(r="r")
    db.execute(
        f"""CREATE TRIGGER article_counts_sentence_removed BEFORE DELETE ON sentences BEGIN
             UPDATE article_counts SET sentences = sentences - 1 WHERE article_id = OLD.article_id;
             UPDATE reviewer_counts SET
               reviewed = reviewed - (SELECT COUNT(*) FROM reviews r WHERE r.sentence_id = OLD.id
                                        AND r.reviewer = reviewer_counts.reviewer AND {done}),
               flagged = flagged - (SELECT COUNT(*) FROM reviews r WHERE r.sentence_id = OLD.id
                                      AND r.reviewer = reviewer_counts.reviewer AND {flagged})
             WHERE article_id = OLD.article_id;
           END"""
    )
    db.execute(
        """CREATE TRIGGER article_counts_article_removed AFTER DELETE ON articles BEGIN
             DELETE FROM article_counts WHERE article_id = OLD.id;
             DELETE FROM reviewer_counts WHERE article_id = OLD.id;
             DELETE FROM analysis_pending WHERE article_id = OLD.id;
           END"""
    )
    new_done, new_flagged = _DONE.format(r="NEW"), _FLAGGED.format(r="NEW")
    old_done, old_flagged = _DONE.format(r="OLD"), _FLAGGED.format(r="OLD")
    db.execute(
        f"""CREATE TRIGGER reviewer_counts_review_added AFTER INSERT ON reviews BEGIN
             INSERT INTO reviewer_counts (article_id, reviewer, reviewed, flagged)
               SELECT {_ARTICLE_OF.format(r="NEW")}, NEW.reviewer, {new_done}, {new_flagged} WHERE true
               ON CONFLICT (article_id, reviewer) DO UPDATE SET
                 reviewed = reviewed + excluded.reviewed, flagged = flagged + excluded.flagged;
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER reviewer_counts_review_changed AFTER UPDATE ON reviews BEGIN
             UPDATE reviewer_counts SET reviewed = reviewed - {old_done}, flagged = flagged - {old_flagged}
               WHERE article_id = {_ARTICLE_OF.format(r="OLD")} AND reviewer = OLD.reviewer;
             INSERT INTO reviewer_counts (article_id, reviewer, reviewed, flagged)
               SELECT {_ARTICLE_OF.format(r="NEW")}, NEW.reviewer, {new_done}, {new_flagged} WHERE true
               ON CONFLICT (article_id, reviewer) DO UPDATE SET
                 reviewed = reviewed + excluded.reviewed, flagged = flagged + excluded.flagged;
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER reviewer_counts_review_removed AFTER DELETE ON reviews BEGIN
             UPDATE reviewer_counts SET reviewed = reviewed - {old_done}, flagged = flagged - {old_flagged}
               WHERE article_id = {_ARTICLE_OF.format(r="OLD")} AND reviewer = OLD.reviewer;
           END"""
    )
    # A suggestion row carries its article id, so these need no sentence look-up.
    first_pending = ("(SELECT COUNT(*) FROM suggestions g WHERE g.sentence_id = NEW.sentence_id"
                     " AND g.state = 'pending') = 1")
    none_pending = ("NOT EXISTS (SELECT 1 FROM suggestions g WHERE g.sentence_id = OLD.sentence_id"
                    " AND g.state = 'pending')")
    db.execute(
        f"""CREATE TRIGGER article_counts_suggestion_added AFTER INSERT ON suggestions
             WHEN NEW.state = 'pending' BEGIN
             INSERT INTO article_counts (article_id, pending_suggestions, suggested_sentences)
               VALUES (NEW.article_id, 1, {first_pending})
               ON CONFLICT (article_id) DO UPDATE SET
                 pending_suggestions = pending_suggestions + 1,
                 suggested_sentences = suggested_sentences + excluded.suggested_sentences;
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER article_counts_suggestion_removed AFTER DELETE ON suggestions
             WHEN OLD.state = 'pending' BEGIN
             UPDATE article_counts SET pending_suggestions = pending_suggestions - 1,
               suggested_sentences = suggested_sentences - ({none_pending})
             WHERE article_id = OLD.article_id;
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER article_counts_suggestion_closed AFTER UPDATE OF state ON suggestions
             WHEN OLD.state = 'pending' AND NEW.state != 'pending' BEGIN
             UPDATE article_counts SET pending_suggestions = pending_suggestions - 1,
               suggested_sentences = suggested_sentences - ({none_pending})
             WHERE article_id = OLD.article_id;
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER article_counts_suggestion_reopened AFTER UPDATE OF state ON suggestions
             WHEN OLD.state != 'pending' AND NEW.state = 'pending' BEGIN
             INSERT INTO article_counts (article_id, pending_suggestions, suggested_sentences)
               VALUES (NEW.article_id, 1, {first_pending})
               ON CONFLICT (article_id) DO UPDATE SET
                 pending_suggestions = pending_suggestions + 1,
                 suggested_sentences = suggested_sentences + excluded.suggested_sentences;
           END"""
    )
    # Counts for the articles already in the file.
    db.execute(
        """INSERT INTO article_counts (article_id, sentences, pending_suggestions, suggested_sentences)
           SELECT a.id,
                  (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id),
                  (SELECT COUNT(*) FROM suggestions g WHERE g.article_id = a.id AND g.state = 'pending'),
                  (SELECT COUNT(DISTINCT g.sentence_id) FROM suggestions g
                    WHERE g.article_id = a.id AND g.state = 'pending')
           FROM articles a"""
    )
    db.execute(
        f"""INSERT INTO reviewer_counts (article_id, reviewer, reviewed, flagged)
            SELECT s.article_id, r.reviewer, SUM({done}), SUM({flagged})
            FROM reviews r JOIN sentences s ON s.id = r.sentence_id GROUP BY s.article_id, r.reviewer"""
    )


KNOWN_MIGRATIONS: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
