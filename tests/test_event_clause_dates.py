"""Which expressions of a sentence may date a trigger they are not attached to, and which
telling an undated accusation borrows its day from (sentences written for these tests)."""

from __future__ import annotations

from event_helpers import day, only, run, timex

LEDE = "Germany on Saturday expelled two Russian diplomats. "


def _year(text: str, words: str, year: str):
    return timex(
        text, words, year, precision="year", earliest=f"{year}-01-01", latest=f"{year}-12-31"
    )


def _month(text: str, words: str, month: str):
    return timex(text, words, month, precision="month", earliest=f"{month}-01")


def test_what_a_second_speech_verb_reports_does_not_date_the_accusation(nlp, resources):
    text = "Anna Berg accused Russia of hacking Acme, and said attacks rose over the past year."
    times = [_year(text, "the past year", "2023")]
    accusation = only(run(nlp, resources, text, times), "Accusation")
    assert accusation.date.value is None


def test_a_joined_clause_with_its_own_subject_keeps_its_date(nlp, resources):
    text = "Anna Berg accused Acme of helping Russia, and in April the company opened an office."
    times = [_month(text, "April", "2024-04")]
    accusation = only(run(nlp, resources, text, times), "Accusation")
    assert accusation.date.value is None


def test_a_joined_clause_with_its_own_subject_keeps_its_date_after_a_statement(nlp, resources):
    text = "The FBI said Russia had hacked Acme, and in March the company changed its name."
    times = [_month(text, "March", "2024-03")]
    telling = next(e for e in run(nlp, resources, text, times) if e.trigger.text == "said")
    assert telling.date.value is None


def test_an_expression_of_the_trigger_s_own_clause_still_dates_it(nlp, resources):
    # look-alike: a relative clause of the accuser is no joined clause of its own
    text = "Anna Berg, who was in Paris in April, accused Acme of helping Russia."
    times = [_month(text, "April", "2024-04")]
    accusation = only(run(nlp, resources, text, times), "Accusation")
    assert accusation.date.value == "2024-04"


def test_a_shared_subject_conjunct_still_shares_the_date(nlp, resources):
    # look-alike: "arrested him on Monday and charged him" - one actor, one occasion
    text = "The FBI arrested John Smith on Monday and charged him with espionage."
    times = [day(text, "Monday", "2024-10-07")]
    charge = only(run(nlp, resources, text, times), "Indictment")
    assert charge.date.value == "2024-10-07"


def test_an_accusation_told_after_a_recent_lede_takes_its_day(nlp, resources):
    text = LEDE + "Anna Berg accused Russia of hacking Acme."
    times = [day(text, "on Saturday", "2024-10-05")]
    accusation = only(run(nlp, resources, text, times, published="2024-10-07"), "Accusation")
    assert (accusation.date.value, accusation.date.source) == ("2024-10-05", "inferred")


def test_a_recalled_accusation_takes_no_lede_day(nlp, resources):
    text = LEDE + "Anna Berg had accused Russia of hacking Acme."
    times = [day(text, "on Saturday", "2024-10-05")]
    accusation = only(run(nlp, resources, text, times, published="2024-10-07"), "Accusation")
    assert accusation.date.source == "published"


def test_an_accusation_after_an_old_lede_takes_no_day(nlp, resources):
    text = LEDE + "Anna Berg accused Russia of hacking Acme."
    times = [day(text, "on Saturday", "2024-09-07")]
    accusation = only(run(nlp, resources, text, times, published="2024-10-07"), "Accusation")
    assert accusation.date.source == "published"


def _later_accusation(nlp, resources, who: str):
    text = LEDE + f"{who}, who announced new measures on Sunday, is a minister. "
    text += "Berg accused Russia of hacking Acme."
    times = [day(text, "on Saturday", "2024-10-05"), day(text, "Sunday", "2024-10-06")]
    return only(run(nlp, resources, text, times, published="2024-10-07"), "Accusation")


def test_a_speaker_s_later_telling_takes_the_day_of_their_earlier_statement(nlp, resources):
    # the earlier telling is told in a relative clause, not as the news itself
    accusation = _later_accusation(nlp, resources, "Anna Berg")
    assert (accusation.date.value, accusation.date.source) == ("2024-10-06", "inferred")


def test_another_speaker_s_statement_leaves_the_lede_s_day(nlp, resources):
    accusation = _later_accusation(nlp, resources, "Maria Lopez")
    assert (accusation.date.value, accusation.date.source) == ("2024-10-05", "inferred")


def test_the_time_of_what_a_telling_was_made_in_dates_it(nlp, resources):
    text = "In a letter made public on Monday, Anna Berg said that Russia had hacked Acme."
    times = [day(text, "Monday", "2024-10-07")]
    telling = next(e for e in run(nlp, resources, text, times) if e.trigger.text == "said")
    assert telling.date.value == "2024-10-07"


def test_the_vehicle_of_a_reported_act_does_not_date_the_telling(nlp, resources):
    # look-alike: the described noun belongs to the reported arrest, not to the saying
    text = "Anna Berg said the FBI, in a case made public in April, had arrested John Smith."
    times = [_month(text, "April", "2024-04")]
    telling = next(e for e in run(nlp, resources, text, times) if e.trigger.text == "said")
    assert telling.date.value is None


def _after_old_lede(nlp, resources, when: str, iso: str):
    text = (
        f"The FBI arrested John Smith in February. In a letter made public {when}, the FBI "
        "said it had acted lawfully. The FBI accused Russia of hacking Acme."
    )
    times = [_month(text, "February", "2024-02"), timex(text, when.split()[-1], iso)]
    return only(run(nlp, resources, text, times), "Accusation")


def test_after_an_old_lede_a_speaker_s_recent_telling_dates_their_next(nlp, resources):
    accusation = _after_old_lede(nlp, resources, "on Monday", "2024-10-07")
    assert (accusation.date.value, accusation.date.source) == ("2024-10-07", "inferred")


def test_after_an_old_lede_a_speaker_s_old_telling_dates_nothing(nlp, resources):
    accusation = _after_old_lede(nlp, resources, "in March", "2024-03")
    assert accusation.date.source == "published"


def _told_after_the_lede(nlp, resources, sentence: str, lede_day: str = "2024-10-05"):
    text = LEDE + sentence
    times = [day(text, "on Saturday", lede_day)]
    return run(nlp, resources, text, times, published="2024-10-07")


def test_an_appeal_told_after_a_recent_lede_takes_its_day(nlp, resources):
    events = _told_after_the_lede(nlp, resources, "Anna Berg urged Acme to stop selling to Russia.")
    appeal = only(events, "Appeal")
    assert (appeal.date.value, appeal.date.source) == ("2024-10-05", "inferred")


def test_a_recalled_appeal_takes_no_lede_day(nlp, resources):
    sentence = "Anna Berg had urged Acme to stop selling to Russia."
    appeal = only(_told_after_the_lede(nlp, resources, sentence), "Appeal")
    assert appeal.date.source == "published"


def test_what_a_telling_dated_by_the_lede_reports_takes_that_day(nlp, resources):
    sentence = "Anna Berg said Acme was hacked by Russia."
    hack = only(_told_after_the_lede(nlp, resources, sentence), "CyberOperation")
    assert (hack.date.value, hack.date.source) == ("2024-10-05", "inferred")


def test_what_a_recalled_telling_reports_takes_no_day(nlp, resources):
    sentence = "Anna Berg had said Acme was hacked by Russia."
    hack = only(_told_after_the_lede(nlp, resources, sentence), "CyberOperation")
    assert hack.date.source == "published"


def test_what_a_telling_after_an_old_lede_reports_takes_no_day(nlp, resources):
    sentence = "Anna Berg said Acme was hacked by Russia."
    events = _told_after_the_lede(nlp, resources, sentence, lede_day="2024-08-03")
    assert only(events, "CyberOperation").date.source == "published"


def test_a_first_person_appeal_is_quoted_words_not_the_day_s_news(nlp, resources):
    sentence = "We urge Acme to stop selling to Russia."
    appeal = only(_told_after_the_lede(nlp, resources, sentence), "Appeal")
    assert appeal.date.source == "published"


def _tellings(nlp, resources, first: str, times_of=()):
    text = first + " Acme sold its shares. Berg told reporters on Monday that the talks had ended."
    times = [day(text, "on Monday", "2024-10-07")]
    times += [day(text, words, iso) for words, iso in times_of]
    return [e for e in run(nlp, resources, text, times) if e.type == "Statement"]


def test_a_telling_to_reporters_on_a_named_day_is_another_occasion(nlp, resources):
    tellings = _tellings(nlp, resources, "Anna Berg said the talks were useful.")
    assert sorted(e.trigger.text for e in tellings) == ["said", "told"]


def test_a_telling_on_the_same_named_day_is_the_same_occasion(nlp, resources):
    first = "On Monday morning, Anna Berg said the talks were useful."
    tellings = _tellings(nlp, resources, first, [("On Monday morning", "2024-10-07")])
    assert [e.trigger.text for e in tellings] == ["said"]


def test_two_tellings_to_reporters_stay_one_occasion(nlp, resources):
    tellings = _tellings(nlp, resources, "Anna Berg told reporters the talks were useful.")
    assert len(tellings) == 1
