#!/usr/bin/env bash
# BPMN lint gate: bpmnlint's recommended rules plus Camunda 7.24 compatibility (.bpmnlintrc beside this file).
# Errors fail (exit 1); warnings are printed only. Needs `npm ci` in tools/quality first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# bpmnlint resolves its plugins from the working directory, so it must run here, where node_modules is.
cd "$here"
shopt -s nullglob
models=("$root"/processes/*.bpmn)
if [ ${#models[@]} -eq 0 ]; then
  echo "lint-bpmn: no models in processes/, nothing to lint"
  exit 0
fi
node_modules/.bin/bpmnlint "${models[@]}"
echo "lint-bpmn: ${#models[@]} model(s), no errors"
