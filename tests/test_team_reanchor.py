"""Re-anchoring: a corrected article keeps its judgments on the sentences that are still there."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from factcheck.errors import InvalidValue
from factcheck.model import Rating
from factcheck.store import Store
from factcheck.team.anchor import THRESHOLD, match_sentences, similarity
from factcheck.team.reanchor import sentence_diff

NOTE = "Editor’s note: this article was corrected on January 14. An earlier version named the wrong administration."
OLD_5 = "Multiple sources confirm that Cuban security advisors and medical personnel have been gradually departing Venezuela via air travel in recent weeks."
NEW_5 = "Multiple sources confirm that Cuban security advisors and medical staff have been gradually departing Venezuela by air in recent weeks."
OLD_7 = "The Biden administration has been actively pressuring Venezuela to sever its ties with Cuba as part of a broader strategy to undermine Havana’s communist government."
NEW_7 = "Washington under President Trump wants Caracas to end its reliance on Havana’s agents."


def edited_seed(seed_text: str) -> str:
    """The seed with a paragraph inserted, sentence 5 edited slightly and sentence 7 rewritten."""
    assert OLD_5 in seed_text and OLD_7 in seed_text
    return NOTE + "\n\n" + seed_text.replace(OLD_5, NEW_5).replace(OLD_7, NEW_7)


def test_threshold_is_tested_on_both_sides():
    old = ["First sentence stays.", "The cat sat on the warm mat by the door.", "Last one stays."]
    near = ["First sentence stays.", "The cat sat on the warm mat by a door.", "Last one stays."]
    far = ["First sentence stays.", "A dog lay under the old table by the door.", "Last one stays."]
    assert similarity(old[1], near[1]) >= THRESHOLD > similarity(old[1], far[1])
    assert match_sentences(old, near) == [0, 1, 2]
    assert match_sentences(old, far) == [0, None, 2]


def test_nearly_the_same_needs_an_agreeing_neighbour():
    old = ["Alpha beta gamma delta.", "The cat sat on the warm mat by the door.", "Omega psi chi phi."]
    moved_away = ["Completely new opening words here.", "Nothing related at all, truly.",
                  "The cat sat on the warm mat by a door.", "Another stranger sentence here."]
    assert match_sentences(old, moved_away) == [None, None, None]


def test_repeated_sentences_are_told_apart_by_their_neighbours():
    old = ["Intro A.", "He denied it.", "Middle.", "Outro B.", "He denied it.", "End."]
    new = ["Intro A.", "He denied it.", "Middle.", "Inserted.", "Outro B.", "He denied it.", "End."]
    assert match_sentences(old, new) == [0, 1, 2, 4, 5, 6]


@pytest.fixture
def reviewed(tmp_path):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    for number, rating in ((1, "unverifiable"), (3, "accurate"), (5, "mixed"), (7, "false"), (14, "accurate")):
        store.set_review(store.sentence_by_number(article_id, number).id, {"rating": rating, "note": f"on {number}"})
    mora = store.create_source("Frank Mora", "person")
    store.cite(store.sentence_by_number(article_id, 14).id, mora.id)
    store.add_link(store.sentence_by_number(article_id, 16).id, store.sentence_by_number(article_id, 3).id,
                   "corroborates")
    yield store, article_id
    store.close()


def test_new_version_moves_judgments_and_lists_the_rewritten_one_as_orphan(reviewed, seed_text):
    store, old_id = reviewed
    result = store.import_new_version(edited_seed(seed_text), old_id)
    new_id = result.article_id
    offset = 2  # the editor's note is two sentences
    assert [o for o, n in result.kept] == [1, 3, 14, 16]
    assert all(n == o + offset for o, n in result.kept)
    assert [(o, n) for o, n, _ in result.moved] == [(5, 5 + offset)]
    assert result.orphans == [(7, OLD_7)]
    rating = {s.number: store.review(s.id).rating for s in store.sentences(new_id)}
    assert rating[1 + offset] is Rating.UNVERIFIABLE and rating[3 + offset] is Rating.ACCURATE
    assert rating[5 + offset] is Rating.MIXED and rating[14 + offset] is Rating.ACCURATE
    assert rating[7 + offset] is None and rating[1] is None
    assert [s.name for s in store.cited_sources(store.sentence_by_number(new_id, 14 + offset).id)] == ["Frank Mora"]
    links = store.links_for(store.sentence_by_number(new_id, 16 + offset).id)
    assert [store.sentence(link.to_sentence).number for link in links] == [3 + offset]
    [orphan] = store.orphans(new_id)
    assert (orphan.old_number, orphan.old_text, orphan.reviews["ana"]["rating"]) == (7, OLD_7, "false")
    # The old version stays readable and unchanged.
    assert store.review(store.sentence_by_number(old_id, 7).id).rating is Rating.FALSE
    assert store.previous_version(new_id) == old_id
    kinds = [(e.kind, e.old_number, e.new_number) for e in store.version_diff(old_id, new_id) if e.kind != "same"]
    assert kinds == [("added", None, 1), ("added", None, 2), ("changed", 5, 7), ("added", None, 9), ("removed", 7, None)]
    store.reattach_orphan(orphan.id, store.sentence_by_number(new_id, 9).id)
    assert store.review(store.sentence_by_number(new_id, 9).id).rating is Rating.FALSE
    assert store.orphans(new_id) == []
    with pytest.raises(InvalidValue, match="already imported as a new version"):
        store.import_new_version(edited_seed(seed_text), old_id)


def test_sentence_diff_orders_removed_before_what_follows():
    diff = sentence_diff(["A one.", "B two gone.", "C three."], ["A one.", "C three.", "D four."])
    assert [(e.kind, e.old_number, e.new_number) for e in diff] == [
        ("same", 1, 1), ("removed", 2, None), ("same", 3, 2), ("added", None, 3)]


def test_cli_new_version_and_probable_version_notice(reviewed, seed_text, tmp_path, capsys):
    store, old_id = reviewed
    db = str(store.path)
    store.close()
    edited = tmp_path / "corrected.txt"
    edited.write_text(edited_seed(seed_text), encoding="utf-8")
    title = "Venezuela reduces its security dependence on Cuba under U.S. pressure"
    assert main(["import", str(edited), "--title", title, "--db", db]) == 0
    captured = capsys.readouterr()
    assert f"looks like a new version of {old_id}" in captured.err and "Imported" in captured.out
    again = tmp_path / "corrected2.txt"
    again.write_text(edited_seed(seed_text) + "\nOne more line.\n", encoding="utf-8")
    assert main(["import", str(again), "--new-version-of", old_id, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "4 judged sentences kept their judgments, 1 moved to an edited sentence, 1 orphans" in out
    new_id = out.split(" as ")[1].split(",")[0]
    assert main(["orphans", new_id, "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["old_text"] == OLD_7
    assert main(["versions", new_id, "--db", db]) == 0
    assert "was: " + OLD_5 in capsys.readouterr().out


def test_undoing_a_reattach_lists_the_orphan_again(reviewed, seed_text):
    store, old_id = reviewed
    new_id = store.import_new_version(edited_seed(seed_text), old_id).article_id
    [orphan] = store.orphans(new_id)
    target = store.sentence_by_number(new_id, 9).id
    before = store.sentence_judgments(target)
    store.reattach_orphan(orphan.id, target)
    assert store.review(target).rating is Rating.FALSE
    store.undo_reattach(orphan.id, target, before)
    assert store.sentence_judgments(target) == before
    assert [o.id for o in store.orphans(new_id)] == [orphan.id]


def test_readme_team_review_examples_run(tmp_path, capsys, seed_text):
    """The README's team-review commands run as written (placeholders filled in)."""
    import re
    import shlex
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Team review", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    (tmp_path / "article.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "corrected.txt").write_text(edited_seed(seed_text), encoding="utf-8")
    article_id = None
    for name in ("ana.sqlite3", "ben.sqlite3"):
        assert main(["import", str(tmp_path / "article.txt"), "--db", str(tmp_path / name)]) == 0
        article_id = re.search(r" as ([0-9a-f]{16}) ", capsys.readouterr().out).group(1)
    for line in block.strip().splitlines():
        words = shlex.split(line.split("#", 1)[0])
        assert words[0] == "factcheck"
        words = [str(tmp_path / w) if w.endswith((".sqlite3", ".txt")) else article_id if w == "0a1c" else w
                 for w in words[1:]]
        assert main(words) == 0, (line, capsys.readouterr().err)
    out = capsys.readouterr().out
    assert "1 disagreements (0 settled)" in out and "kept their judgments" in out


def test_a_separately_imported_version_takes_the_original_publication_date(reviewed, seed_text):
    store, old_id = reviewed
    result = store.import_text(edited_seed(seed_text))  # no date: today, assumed
    assert store.article(result.article_id).published != store.article(old_id).published
    store.make_new_version(result.article_id, old_id)
    assert store.article(result.article_id).published == store.article(old_id).published
    with pytest.raises(InvalidValue, match="already a new version"):
        store.make_new_version(result.article_id, old_id)


def test_a_new_version_returns_its_undo(reviewed, seed_text):
    store, old_id = reviewed
    before = store.table_contents()
    result = store.import_new_version(edited_seed(seed_text), old_id)
    result.change.inverse(store)
    after = store.table_contents()
    assert [row for row in after.pop("history") if row[2] != "undo new version"] == before.pop("history")
    assert after == before
