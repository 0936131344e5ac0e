#!/usr/bin/env bash
# End-to-end test of `./entente slurm` on a real SLURM cluster (start a one-node one with
# scripts/slurm-local-cluster.sh). Checks that
#  1. a 4-shard experiment submitted with --submit ends as one results directory whose CSV files equal,
#     byte for byte, those of the same experiment run on one machine; and that submitting it again
#     submits nothing;
#  2. a shard made to fail (its results directory is blocked by a file) leaves the merge cancelled
#     and its log says how to go on; a second --submit while jobs are queued is refused; once the
#     cause is removed, --submit runs only that shard and the merge, and the CSVs again equal the
#     one-machine run's.
# Exit 0 when all holds; otherwise the first thing that did not, and exit 1.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
entente="$repo/entente"
config="$repo/configs/china-lesotho.yaml"
runs=8
wait_limit="${SLURM_TEST_WAIT:-600}"   # seconds each batch of jobs may take
work="$(mktemp -d "${TMPDIR:-/tmp}/entente-slurm-test.XXXXXX")"

say() { echo "slurm-test: $*"; }
fail() { echo "slurm-test: FAILED: $*" >&2; echo "slurm-test: the experiments are in $work" >&2; exit 1; }
expect() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not say: $2"; }; }

sinfo -h >/dev/null 2>&1 || fail "no SLURM cluster answers (sinfo); start one with scripts/slurm-local-cluster.sh"

# Waits (bounded) until none of the experiment's jobs is queued or running.
wait_for_jobs() {
  local ids start=$SECONDS
  ids="$(cut -f3 "$1/slurm/submissions.tsv" | paste -sd,)"
  while squeue -h -j "$ids" -o %i 2>/dev/null | grep -q .; do
    [ $((SECONDS - start)) -lt "$wait_limit" ] || { squeue -j "$ids" >&2; fail "jobs $ids still queued after $wait_limit s"; }
    sleep 2
  done
  say "jobs $ids ended after $((SECONDS - start)) s"
}

same_as_one_machine() {
  for f in runs years summary frontier dance; do
    cmp "$work/one/$f.csv" "$1/$f.csv" || fail "$1/$f.csv differs from the one-machine run's"
  done
  say "$1: every CSV equals the one-machine run's"
}

say "one-machine reference run"
"$entente" run "$config" --runs "$runs" --out "$work/one" --no-charts --quiet >/dev/null

say "1. four shards, submitted"
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$work/ok" --submit >"$work/ok.txt"
expect "$work/ok.txt" "Submitted all 4 shards as array job"
wait_for_jobs "$work/ok"
same_as_one_machine "$work/ok"
[ -s "$work/ok/report.html" ] || fail "$work/ok has no report.html"
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$work/ok" --submit >"$work/ok-again.txt"
expect "$work/ok-again.txt" "Nothing to submit: the experiment is complete."

say "2. a failing shard, then a resubmission"
bad="$work/bad"
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$bad" >/dev/null
mkdir -p "$bad/shards"
echo "a file where shard 3's results directory should be" >"$bad/shards/3"
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$bad" --submit >"$work/bad.txt"
expect "$work/bad.txt" "Submitted all 4 shards as array job"
code=0
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$bad" --submit >/dev/null 2>"$work/bad-busy.txt" || code=$?
[ "$code" = 2 ] || fail "a second --submit while the jobs are queued exited $code, not 2"
expect "$work/bad-busy.txt" "this experiment still has jobs in the queue"
wait_for_jobs "$bad"
[ ! -e "$bad/runs.csv" ] || fail "the merge ran although shard 3 failed"
merge_id="$(awk -F'\t' '$2 == "merge" {id = $3} END {print id}' "$bad/slurm/submissions.tsv")"
merge_state="$(squeue -h -t all -j "$merge_id" -o '%T %r' 2>/dev/null || true)"
case "$merge_state" in
  ""|"CANCELLED DependencyNeverSatisfied") ;;
  *) fail "merge job $merge_id is '$merge_state', not cancelled for its never-satisfied dependency" ;;
esac
log="$(ls "$bad"/slurm/logs/run-*_3.out)"
expect "$log" "shard 3/4 stopped (exit 2) before all its runs were done, so the merge will not run."
expect "$log" "add --submit to run only what is missing"
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$bad" >"$work/bad-status.txt"
expect "$work/bad-status.txt" "Shards complete: 3 of 4"
expect "$work/bad-status.txt" "shard 3/4  not started"
rm "$bad/shards/3"
"$entente" slurm "$config" --shards 4 --runs "$runs" --out "$bad" --submit >"$work/bad-again.txt"
expect "$work/bad-again.txt" "Submitted shard 3 of 4 as array job"
wait_for_jobs "$bad"
same_as_one_machine "$bad"
for k in 1 2 4; do
  [ "$(ls "$bad"/slurm/logs/run-*_"$k".out | wc -l)" = 1 ] || fail "shard $k ran more than once"
done

rm -rf "$work"
say "passed"
