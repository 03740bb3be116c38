"""The database schema, as numbered sqlite-utils migrations.

A file whose applied migrations include names this version does not know was
written by a newer version: it is refused before anything touches it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.store.migration_set import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "factcheck"
migrations = MigrationSet(MIGRATION_SET)


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


@migrations(name="0005_publishing")
def _publishing(db: Database) -> None:
    """Evidence items, editable claim texts, and a file Datasette and sqlite-utils understand.

    The full-text index becomes an external-content FTS5 table over ``sentences``
    (``content="sentences"``), which is what Datasette and sqlite-utils look for;
    ``sentences.notes`` holds the reviewers' notes joined, written only when a note
    changes, so a verdict edit still never touches the index.
    """
    db.execute(
        """
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            url TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            archive_url TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX evidence_sentence ON evidence(sentence_id, reviewer, position)")
    # The one evidence item older versions kept on the review becomes the first item.
    db.execute(
        """
        INSERT INTO evidence (sentence_id, reviewer, position, url, title, accessed, archive_url,
                              created_at)
        SELECT sentence_id, reviewer, 0, evidence_url, evidence_title, evidence_accessed,
               evidence_archive_url, updated_at
        FROM reviews
        WHERE evidence_url != '' OR evidence_title != '' OR evidence_accessed != ''
              OR evidence_archive_url != ''
        """
    )
    db.execute(
        """
        CREATE TABLE claims (
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (sentence_id, reviewer)
        )
        """
    )
    db.execute("ALTER TABLE sentences ADD COLUMN notes TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        UPDATE sentences SET notes = COALESCE((
            SELECT group_concat(note, char(10)) FROM (
                SELECT note FROM reviews r WHERE r.sentence_id = sentences.id AND r.note != ''
                ORDER BY r.reviewer)), '')
        """
    )
    db.execute("DROP TABLE sentence_search")
    db.execute(
        'CREATE VIRTUAL TABLE sentence_search USING fts5(text, notes, content="sentences",'
        " content_rowid=\"id\", tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO sentence_search (sentence_search) VALUES ('rebuild')")
    for view in PUBLISHING_VIEWS:
        db.execute(view)


def _verdict_label(column: str) -> str:
    return (f"CASE r.{column} WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE 'not judged' END"
            f" AS {column}")


def _credibility_label() -> str:
    # The Admiralty information grades of factcheck.model, copied: a migration never changes later.
    grades = {1: "Confirmed by other sources", 2: "Probably true", 3: "Possibly true", 4: "Doubtful",
              5: "Improbable", 6: "Truth cannot be judged"}
    cases = " ".join(f"WHEN {k} THEN '{k} {v}'" for k, v in grades.items())
    return f"CASE r.credibility {cases} ELSE 'not graded' END AS credibility_grade"


PUBLISHING_VIEWS: tuple[str, ...] = (
    f"""
    CREATE VIEW review_labels AS
    SELECT a.title AS article, s.idx + 1 AS number, s.text AS sentence, r.reviewer,
           {_verdict_label("sourced")}, {_verdict_label("anonymous")}, {_verdict_label("contested")},
           {_verdict_label("inconsistent")}, COALESCE(r.rating, 'not rated') AS rating,
           {_credibility_label()}, r.status, r.note, r.updated_at, s.id AS sentence_id,
           a.id AS article_id
    FROM reviews r JOIN sentences s ON s.id = r.sentence_id JOIN articles a ON a.id = s.article_id
    ORDER BY a.title, s.idx, r.reviewer
    """,
    f"""
    CREATE VIEW flagged_sentences AS
    SELECT a.id AS article_id, a.title AS article, s.idx + 1 AS number, s.text AS sentence,
           r.reviewer, {_verdict_label("anonymous")}, {_verdict_label("contested")},
           {_verdict_label("inconsistent")}, r.rating, r.credibility, r.note, r.status,
           s.id AS sentence_id
    FROM reviews r JOIN sentences s ON s.id = r.sentence_id JOIN articles a ON a.id = s.article_id
    WHERE r.anonymous = 1 OR r.contested = 1 OR r.inconsistent = 1
          OR r.rating IN ('misleading', 'false')
    ORDER BY a.title, s.idx, r.reviewer
    """,
    """
    CREATE VIEW review_summary AS
    SELECT a.id AS article_id, a.title AS article, r.reviewer,
           (SELECT COUNT(*) FROM sentences x WHERE x.article_id = a.id) AS sentences,
           SUM(r.status = 'done') AS done,
           SUM(r.status = 'in_progress') AS in_progress,
           SUM(r.anonymous = 1 OR r.contested = 1 OR r.inconsistent = 1
               OR r.rating IN ('misleading', 'false')) AS flagged,
           SUM(r.sourced = 1) AS sourced_yes, SUM(r.anonymous = 1) AS anonymous_yes,
           SUM(r.contested = 1) AS contested_yes, SUM(r.inconsistent = 1) AS inconsistent_yes,
           SUM(r.rating = 'accurate') AS rated_accurate,
           SUM(r.rating = 'mostly_accurate') AS rated_mostly_accurate,
           SUM(r.rating = 'mixed') AS rated_mixed, SUM(r.rating = 'misleading') AS rated_misleading,
           SUM(r.rating = 'false') AS rated_false, SUM(r.rating = 'unverifiable') AS rated_unverifiable,
           MAX(r.updated_at) AS last_edit, a.signed_off_by, a.signed_off_at
    FROM reviews r JOIN sentences s ON s.id = r.sentence_id JOIN articles a ON a.id = s.article_id
    GROUP BY a.id, r.reviewer
    ORDER BY a.title, r.reviewer
    """,
)


@migrations(name="0006_team")
def _team(db: Database) -> None:
    # A reviewer is a name plus an id made when the name is first used in this file, so two
    # people who both call themselves "user" stay two layers when their files are merged.
    db.execute(
        """
        CREATE TABLE reviewers (
            name TEXT PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )
        """
    )
    new_id = "lower(hex(randomblob(8)))"
    stamp = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
    for name in ("SELECT DISTINCT reviewer FROM reviews", "SELECT DISTINCT reviewer FROM history"):
        db.execute(f"INSERT OR IGNORE INTO reviewers (name, id, created_at) SELECT reviewer, {new_id},"
                   f" {stamp} FROM ({name}) WHERE reviewer != '' AND reviewer != 'final'")
    for table in ("reviews", "history"):
        db.execute(
            f"""CREATE TRIGGER {table}_reviewer_id AFTER INSERT ON {table}
                WHEN NEW.reviewer != '' AND NEW.reviewer != 'final'
                BEGIN INSERT OR IGNORE INTO reviewers (name, id, created_at)
                      VALUES (NEW.reviewer, {new_id}, {stamp}); END"""
        )
    # The final layer is the reviews of the reserved reviewer "final"; who decided each field, when.
    db.execute(
        """
        CREATE TABLE decisions (
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            PRIMARY KEY (sentence_id, field)
        )
        """
    )
    # A corrected text is a new article whose previous version is named here.
    db.execute(
        """
        CREATE TABLE article_versions (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            previous_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    # Judgments that found no sentence in the new version, with the old text they were made on.
    db.execute(
        """
        CREATE TABLE orphans (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_article_id TEXT NOT NULL,
            old_index INTEGER NOT NULL,
            old_text TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reattached_to INTEGER
        )
        """
    )
    db.execute("CREATE INDEX orphans_article ON orphans(article_id)")


@migrations(name="0007_parses")
def _parses(db: Database) -> None:
    # Parses of sentence texts, keyed by a hash of the text and the model version, so
    # analysing again (a new date, a merge) parses nothing new. A cache: safe to empty.
    db.execute(
        "CREATE TABLE parses (key TEXT PRIMARY KEY, model TEXT NOT NULL, record TEXT NOT NULL)"
    )
    db.execute("ALTER TABLE suggestions ADD COLUMN confidence TEXT NOT NULL DEFAULT 'high'")


@migrations(name="0008_snapshots")
def _snapshots(db: Database) -> None:
    # The raw HTML of a fetched page, zlib-compressed, so a review stays tied to what was
    # reviewed. No foreign key: undoing an article's deletion finds its snapshots again.
    db.execute(
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            requested_url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            redirects TEXT NOT NULL DEFAULT '[]',
            status INTEGER NOT NULL,
            content_type TEXT NOT NULL DEFAULT '',
            fetched_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            html BLOB NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX snapshots_article ON snapshots(article_id, fetched_at)")


# Whether a review row counts as done / flagged (kept in one place for the triggers below).
# COALESCE: a verdict not judged is NULL, and NULL OR false is NULL, not 0.
_DONE = "COALESCE({r}.status = 'done', 0)"
_FLAGGED = ("COALESCE({r}.anonymous = 1 OR {r}.contested = 1 OR {r}.inconsistent = 1"
            " OR {r}.rating IN ('misleading', 'false'), 0)")
# As FLAGGED_INDEXED in reviews.py, which the flagged page query uses so this index applies.
_FLAGGED_SQL = "(anonymous = 1 OR contested = 1 OR inconsistent = 1 OR rating IN ('misleading', 'false'))"
_ARTICLE_OF = "(SELECT article_id FROM sentences WHERE id = {r}.sentence_id)"


@migrations(name="0009_scale_indexes")
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


KNOWN_MIGRATIONS: tuple[str, ...] = migrations.names
