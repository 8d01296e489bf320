#!/usr/bin/env python3
"""Process coverage gate, run after `mvn verify`.

camunda-process-test-coverage writes one target/process-test-coverage/<test class>/report.json per test class.
This script merges them per process definition key, measures every executable process in processes/*.bpmn
against its own file (so a stale model copy in a report cannot inflate the numbers), prints a table, writes
target/process-test-coverage/summary.md and exits 1 when any model is below the thresholds or has no data.

Counting follows the library: flow nodes are all flow nodes inside the executable process (also inside
sub-processes); a node counts as covered once it was entered; a sequence flow once it was taken.

Usage: python3 tools/quality/coverage-gate.py [--min-flow-nodes 100] [--min-sequence-flows 95]
"""

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "target" / "process-test-coverage"
BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"

# Every BPMN flow-node type the engine executes (bpmn:FlowNode subclasses).
FLOW_NODES = {
    "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
    "task", "userTask", "serviceTask", "sendTask", "receiveTask", "scriptTask", "businessRuleTask", "manualTask",
    "callActivity", "subProcess", "transaction", "adHocSubProcess",
    "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway",
}


def executable_processes(path):
    """{process key: (flow node ids, sequence flow ids)} for each executable process in one file."""
    result = {}
    for process in ET.parse(path).getroot().iter(BPMN + "process"):
        if process.get("isExecutable") != "true":
            continue
        nodes, flows = set(), set()
        for element in process.iter():  # descends into sub-processes as well
            name = element.tag.removeprefix(BPMN)
            if name in FLOW_NODES:
                nodes.add(element.get("id"))
            elif name == "sequenceFlow":
                flows.add(element.get("id"))
        result[process.get("id")] = (nodes, flows)
    return result


def covered_elements(report_files):
    """{process key: (entered flow node ids, taken sequence flow ids)} merged over all test classes."""
    covered = {}
    for report in report_files:
        for suite in json.loads(report.read_text(encoding="utf-8")).get("suites", []):
            for run in suite.get("runs", []):
                for event in run.get("events", []):
                    nodes, flows = covered.setdefault(event["modelKey"], (set(), set()))
                    (nodes if event["source"] == "FLOW_NODE" else flows).add(event["definitionKey"])
    return covered


def percent(part, whole):
    return 100.0 if not whole else 100.0 * len(part) / len(whole)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-flow-nodes", type=float, default=100.0)
    parser.add_argument("--min-sequence-flows", type=float, default=95.0)
    args = parser.parse_args()

    models = {}
    for path in sorted((ROOT / "processes").glob("*.bpmn")):
        for key, elements in executable_processes(path).items():
            models[key] = (path.relative_to(ROOT), *elements)
    if not models:
        print("coverage gate: no executable process in processes/, nothing to check")
        return 0

    reports = sorted(REPORTS.glob("*/report.json"))
    covered = covered_elements(reports)
    print(f"coverage gate: {len(reports)} report(s) in {REPORTS.relative_to(ROOT)}/, thresholds:"
          f" flow nodes >= {args.min_flow_nodes:g}%, sequence flows >= {args.min_sequence_flows:g}%")

    rows, failing = [], []
    for key, (file, nodes, flows) in sorted(models.items()):
        hit_nodes, hit_flows = covered.get(key, (set(), set()))
        node_pct, flow_pct = percent(nodes & hit_nodes, nodes), percent(flows & hit_flows, flows)
        missing = sorted(nodes - hit_nodes) + sorted(flows - hit_flows)
        if key not in covered:
            verdict = "FAIL: no test ran this process"
        elif node_pct < args.min_flow_nodes or flow_pct < args.min_sequence_flows:
            verdict = "FAIL: below threshold"
        else:
            verdict = "ok"
        if verdict != "ok":
            failing.append(key)
        rows.append((key, str(file), f"{len(nodes & hit_nodes)}/{len(nodes)} ({node_pct:.1f}%)",
                     f"{len(flows & hit_flows)}/{len(flows)} ({flow_pct:.1f}%)", verdict, ", ".join(missing) or "-"))

    header = ("process", "file", "flow nodes", "sequence flows", "result", "not covered")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[5])

    summary = ["# Process test coverage", "",
               f"Thresholds per model: flow nodes >= {args.min_flow_nodes:g}%,"
               f" sequence flows >= {args.min_sequence_flows:g}%. Per-test-class HTML reports are in the folders"
               " beside this file.", "",
               "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    summary += ["| " + " | ".join(row) + " |" for row in rows]
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / "summary.md").write_text("\n".join(summary) + "\n", encoding="utf-8")
    print(f"summary written to {(REPORTS / 'summary.md').relative_to(ROOT)}")

    if failing:
        print(f"coverage gate FAILED for: {', '.join(failing)}")
        return 1
    print(f"coverage gate: all {len(rows)} model(s) meet the thresholds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
