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


@migrations(name="0004_snapshots")
def _snapshots(db: Database) -> None:
    # The raw HTML of a fetched page, zlib-compressed, so a review stays tied to what was
    # reviewed. No foreign key: undoing an article's deletion finds its snapshots again.
    # previous_article_id links a re-fetched, changed text to the article it replaces.
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
            html BLOB NOT NULL,
            previous_article_id TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX snapshots_article ON snapshots(article_id, fetched_at)")


KNOWN_MIGRATIONS: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
