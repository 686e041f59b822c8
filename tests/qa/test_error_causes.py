"""Error messages pasted as a question are read as their cause, which meets an FAQ entry written about the cause."""

from __future__ import annotations

import pytest

from bot.qa.error_causes import read_errors
from bot.qa.terms import terms_of


@pytest.mark.parametrize(
    ("message", "cause"),
    [
        ("ModuleNotFoundError: No module named 'lightgbm'", "missingpackage"),
        ("ImportError: cannot import name 'foo' from 'bar'", "missingpackage"),
        ("module not found error on the grader", "missingpackage"),
        ("Error in library(forcats) : there is no package called 'forcats'", "missingpackage"),
        ('Error in mutate(x) : could not find function "mutate"', "missingpackage"),
        ("FileNotFoundError: [Errno 2] No such file or directory: '/home/sam/proj/x.json'", "localpath"),
        ("reads C:\\Users\\kim\\Desktop\\in.txt", "localpath"),
        ("NameError: name 'spark' is not defined", "sessiononly"),
        ("Error: object 'fit2' not found", "sessiononly"),
        ("java.lang.OutOfMemoryError: GC overhead limit exceeded", "memory"),
        ("Error: cannot allocate vector of size 1.2 Gb", "memory"),
        ("my laptop only has 16gb", "memory"),
        ("the process was Killed", "timeout"),
        ("the notebook takes forever", "slow"),
        ("everything freezes", "slow"),
        ("An error occurred while calling o412.count.", "jvmerror"),
        ("py4j.protocol.Py4JJavaError", "jvmerror"),
        ("Unable to locate a Java Runtime.", "javahome"),
        ("it runs fine in jupyter", "locally"),
    ],
)
def test_a_message_reads_as_its_cause(message, cause):
    assert cause in terms_of(message).concepts


@pytest.mark.parametrize(
    ("message", "staff"),
    [
        ("No module named 'xgboost'", "the grader has only the standard library"),
        ("there is no package called 'here'", "the package is not installed"),
        ("FileNotFoundError: '/Users/ana/hw/data.csv'", "use relative paths"),
        ("object 'df2' not found", "objects that only exist in your environment"),
        ("NameError: name 'sc' is not defined", "run it in a fresh session"),
        ("java.lang.RuntimeException at org.apache.spark.rdd.RDD.count(RDD.scala:1)", "What is a Py4JJavaError?"),
    ],
)
def test_a_message_meets_the_words_staff_explain_its_cause_with(message, staff):
    assert set(terms_of(message).concepts) & set(terms_of(staff).concepts) - {"error", "library", "install"}


def test_the_students_own_names_are_dropped_but_a_missing_package_keeps_its_name():
    """No entry is about the student's path or variable; an entry may be about the package."""
    concepts = terms_of("FileNotFoundError: '/Users/zed/secret_folder/run7.csv' and object 'my_df' not found").concepts
    assert not {"zed", "secret", "folder", "run7", "my", "df"} & set(concepts)
    assert "tidyvers" in terms_of("there is no package called 'tidyverse'").concepts


@pytest.mark.parametrize(
    "text", ["When is the homework due? Is the final cumulative?", "is ~5 pages ok", "this pset took 3 hours"]
)
def test_text_without_an_error_message_is_unchanged(text):
    assert read_errors(text) == text
