"""The linear model the learned stages share: it learns, it is deterministic, it round-trips."""

import json

import pytest

from kg.learn.linear import fit, from_json, load


def _examples():
    """Which of two clue words a sentence carries decides its label; a third word is noise."""
    examples, labels = [], []
    for i in range(60):
        clue = "w:blamed" if i % 2 else "w:talks"
        examples.append({clue: 1.0, f"w:noise{i % 5}": 1.0})
        labels.append("ACCUSE" if i % 2 else "CONSULT")
    return examples, labels


def test_a_fitted_model_predicts_the_label_its_clue_words_carry():
    model = fit(*_examples(), l2=0.1)
    assert model.best({"w:blamed": 1.0})[0] == "ACCUSE"
    assert model.best({"w:talks": 1.0, "w:noise3": 1.0})[0] == "CONSULT"
    probabilities = model.probabilities({"w:blamed": 1.0})
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_features_seen_fewer_than_min_count_times_are_dropped():
    examples, labels = _examples()
    examples[0] = {**examples[0], "w:once": 1.0}
    model = fit(examples, labels, min_count=2)
    assert "w:once" not in model.weights and "w:blamed" in model.weights


def test_training_is_deterministic_and_the_model_round_trips_through_json(tmp_path):
    first, second = fit(*_examples()), fit(*_examples())
    assert first.to_json() == second.to_json()
    path = tmp_path / "model.json"
    first.save(path)
    again = load(path)
    assert again.best({"w:talks": 1.0}) == pytest.approx(first.best({"w:talks": 1.0}), abs=1e-4)


def test_a_damaged_model_file_is_refused_with_its_name(tmp_path):
    data = fit(*_examples()).to_json()
    data["bias"] = data["bias"][:1]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match=r"broken\.json"):
        load(path)
    with pytest.raises(ValueError):
        from_json({**data, "bias": [0.0, 0.0], "weights": {"w:x": [1.0]}})


def test_fit_refuses_mismatched_examples_and_labels():
    with pytest.raises(ValueError):
        fit([{"a": 1.0}], ["x", "y"])
