#!/usr/bin/env python3
"""The Presidio side of `cargo bench --bench privacy`: runs Microsoft Presidio's analyzer with its
regex recognizers only (spaCy's blank English pipeline: tokens, no trained model, since models
cannot be downloaded here) over the labelled corpus and prints, as one JSON object on stdout,
its spans per record (code points, after the anonymizer's own conflict resolution), the time
of one pass, and the median latency of analysing a 1 KB tool call.

Presidio's DATE_TIME is scored as DATE_OF_BIRTH (its only date type); every other type keeps
its name. Usage: presidio_eval.py CORPUS.jsonl ONE_KB_SAMPLE.txt
"""
import importlib.metadata
import json
import statistics
import sys
import time

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy


class BlankEnglish(SpacyNlpEngine):
    """spaCy's blank English pipeline instead of a downloaded model."""

    def load(self):
        self.nlp = {"en": spacy.blank("en")}


def main():
    # Presidio's email check calls tldextract, which would try to download the public suffix
    # list; use the snapshot shipped with tldextract instead (no network here, no delay).
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())

    corpus_path, sample_path = sys.argv[1], sys.argv[2]
    records = [json.loads(line) for line in open(corpus_path, encoding="utf-8") if line.strip()]
    sample = open(sample_path, encoding="utf-8").read()
    analyzer = AnalyzerEngine(
        nlp_engine=BlankEnglish(models=[{"lang_code": "en", "model_name": "blank"}]),
        supported_languages=["en"],
    )
    anonymizer = AnonymizerEngine()
    analyzer.analyze(text="warm up jane@example.com", language="en")

    started = time.perf_counter()
    results = [analyzer.analyze(text=record["text"], language="en") for record in records]
    seconds_per_pass = time.perf_counter() - started

    predictions = []
    for found in results:
        # What Presidio's anonymizer would actually replace (its default conflict handling).
        resolved = anonymizer._remove_conflicts_and_get_text_manipulation_data(
            found, ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED
        )
        predictions.append([
            {"start": r.start, "end": r.end,
             "type": "DATE_OF_BIRTH" if r.entity_type == "DATE_TIME" else r.entity_type}
            for r in resolved
        ])

    latencies = []
    for _ in range(20):
        started = time.perf_counter()
        analyzer.analyze(text=sample, language="en")
        latencies.append(time.perf_counter() - started)

    json.dump({
        "version": importlib.metadata.version("presidio-analyzer"),
        "predictions": predictions,
        "seconds_per_pass": seconds_per_pass,
        "latency_1kb_seconds": statistics.median(latencies),
    }, sys.stdout)


if __name__ == "__main__":
    main()
