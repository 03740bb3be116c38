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


KNOWN_MIGRATIONS: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
