#!/usr/bin/env bash
# Mutation check of the rules (issue 22): each mutant changes one rule of LAW.md in a scratch
# copy of PPIDModel — a period's length, a comparison at a boundary, the closing time, holiday
# skipping, the payment gate, NTPN uniqueness, the number sequence, the office zone where a
# month is read, the consequence tests behind a refusal — runs PPIDModelTests against it, and
# counts it caught when a test fails.
# Every mutant must be caught: a survivor names a boundary no test guards.
#
# Not run by CI: about 4 minutes on 2 shared cores with the scratch build kept from a previous
# run, 7 from cold (one incremental build of PPIDModel and its tests per mutant, 3–30 s).
# Usage, from the repository root:
#   scripts/checks/mutants.sh                 # all mutants
#   scripts/checks/mutants.sh --list          # their names
#   scripts/checks/mutants.sh notice-10 zone-recap-filter   # only these
# MUTANTS_DIR (default /tmp/ppid-mutants) holds the scratch copy and its .build, kept between
# runs so the next run builds incrementally. Exit 0 when every mutant ran was caught, 1 when
# one survived, 2 when a pattern no longer matches its source (the rule moved: update it here).
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${MUTANTS_DIR:-/tmp/ppid-mutants}
src=$work/src
model=Sources/PPIDModel

# name | file under Sources/PPIDModel | sed expression (extended regex) that must change it
mutants=(
    "notice-10|Deadline/Deadline.swift|s/responseDays = 10$/responseDays = 11/"
    "extension-7|Deadline/Deadline.swift|s/extensionDays = 7$/extensionDays = 8/"
    "objection-filing-30|Objection/Objection.swift|s/static let filing = 30$/static let filing = 31/"
    "answer-30|Objection/Objection.swift|s/static let answer = 30$/static let answer = 31/"
    "dispute-filing-14|Objection/Objection.swift|s/static let disputeFiling = 14$/static let disputeFiling = 15/"
    "dispute-start-14|Objection/Objection.swift|s/static let disputeStart = 14$/static let disputeStart = 15/"
    "settlement-100|Objection/Objection.swift|s/static let disputeSettlement = 100$/static let disputeSettlement = 101/"
    "on-time-compare|Deadline/Request+Deadline.swift|s/return notice <= deadlineDays\(of: request, on: notice\)/return notice < deadlineDays(of: request, on: notice)/"
    "late-figure-compare|Recap/YearTally.swift|s/late = decided\.noticeOn > deadline\.inForce/late = decided.noticeOn >= deadline.inForce/"
    "filed-late-compare|Objection/Objection.swift|s/day\(of: o\.filed\.receivedAt\) > objectionFilingWindow/day(of: o.filed.receivedAt) >= objectionFilingWindow/"
    "ground-c-arises-on-deadline|Objection/Objection.swift|s/adding\(workingDays: ObjectionPeriods\.filing, to: deadline\)\)/adding(workingDays: ObjectionPeriods.filing - 1, to: deadline))/"
    "answer-late-compare|Objection/Objection.swift|s/a\.answeredOn > answerDeadline/a.answeredOn >= answerDeadline/"
    "answer-overdue-compare|Recap/Overdue.swift|s/o\.awaitsAnswer && today > answerDeadline/o.awaitsAnswer \&\& today >= answerDeadline/"
    "dispute-late-compare|Objection/Objection.swift|s/filed\.on > disputeFilingDeadline/filed.on >= disputeFilingDeadline/"
    "dispute-too-early-compare|Decide/Request+Rules.swift|s/o\.answer != nil \|\| e\.on > answerDue/o.answer != nil || e.on >= answerDue/"
    "start-late-compare|Objection/Objection.swift|s/started\.on > k\.start/started.on >= k.start/"
    "extension-window-compare|Decide/Request+Rules.swift|s/guard on <= original else/guard on < original else/"
    "return-window-compare|Decide/Request+Rules.swift|s/returnOnlyBeforeDeadline, on > original \{/returnOnlyBeforeDeadline, on >= original {/"
    "closing-compare|Deadline/DeemedReceipt.swift|s/t\.secondOfDay > closing \* 60/t.secondOfDay >= closing * 60/g"
    "closing-time|Calendar/ServiceHours.swift|s/Span\(start: 13 \* 60, end: 16 \* 60\)/Span(start: 13 * 60, end: 16 * 60 + 30)/"
    "holidays-not-skipped|Calendar/WorkingCalendar.swift|s/return weekday < 6 && byDay\[o\] == nil/return weekday < 6/"
    "payment-gate|Decide/Sample+Rules.swift|s/if step == \.handedOver, kind\.isBilled, payment == nil \{/if step == .handedOver, kind.isBilled, payment == nil, false {/"
    "ntpn-unique|Decide/Ledger+SampleRules.swift|s/if let other = sampleFold\.proofOwners\[proof\], other != number \{/if let other = sampleFold.proofOwners[proof], other != number, false {/"
    "number-sequence|Ledger/RegistrationNumbering.swift|s/maxSequence\) \+ 1$/maxSequence) + 2/"
    # The exempt-information list (LAW §3, Pasal 17, 19, 20): a refusal citing a test past its
    # end accepted, ground f needing no period, a Pasal 17 refusal citing no test accepted.
    "dik-expired-accepted|Lists/ListFold+Rules.swift|s/if let until = entry\.test\.until, d\.noticeOn > until \{/if let until = entry.test.until, d.noticeOn > until, false {/"
    "dik-period-a-to-f|Lists/ListFold+Rules.swift|s/if \"abcdef\"\.contains\(t\.ground\.rawValue\)/if \"abcde\".contains(t.ground.rawValue)/"
    "dik-citation-required|Lists/ListFold+Rules.swift|s/for letter in letters where !d\.tests\.contains/for letter in letters where false \&\& !d.tests.contains/"
    # The office zone where a month is read: shifted back 7 hours, as a read in UTC would be.
    "zone-recap-filter|Recap/RecapFilter.swift|s/calendar\.day\(of: r\.receivedAt\)\.month != month/calendar.day(of: r.receivedAt.addingTimeInterval(-25200)).month != month/"
    "zone-report-period|Recap/ReportPeriod.swift|s/period\.months\.contains\(calendar\.day\(of: r\.receivedAt\)\.month\)/period.months.contains(calendar.day(of: r.receivedAt.addingTimeInterval(-25200)).month)/"
    "zone-month-response-times|Recap/ResponseTimes.swift|s/calendar\.day\(of: r\.receivedAt\)\.month != month/calendar.day(of: r.receivedAt.addingTimeInterval(-25200)).month != month/"
    "zone-month-board|Recap/FigureFold.swift|s/let day = calendar\.day\(of: r\.receivedAt\)\.components/let day = calendar.day(of: r.receivedAt.addingTimeInterval(-25200)).components/"
)

if [[ ${1:-} == --list ]]; then
    for m in "${mutants[@]}"; do echo "${m%%|*}"; done
    exit 0
fi
wanted=" $* "

# A scratch package of PPIDModel and its tests alone: the rules need nothing else, and a
# mutant then rebuilds one module, not the app.
mkdir -p "$src"
rm -rf "$src/Sources" "$src/Tests"
mkdir -p "$src/Sources" "$src/Tests"
cp -R "$repo/$model" "$src/Sources/PPIDModel"
cp -R "$repo/Tests/PPIDModelTests" "$src/Tests/PPIDModelTests"
cat > "$src/Package.swift" <<'EOF'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ppid-mutants",
    platforms: [.macOS(.v13)],
    targets: [
        .target(name: "PPIDModel"),
        .testTarget(name: "PPIDModelTests", dependencies: ["PPIDModel"]),
    ],
    swiftLanguageModes: [.v6]
)
EOF

run_tests() {
    (cd "$src" && swift test --scratch-path "$work/build" >"$work/last.log" 2>&1)
}

# Every pattern must still match before anything runs: a rule that moved fails loudly.
for m in "${mutants[@]}"; do
    IFS='|' read -r name file expr <<<"$m"
    [[ $wanted == "  " || $wanted == *" $name "* ]] || continue
    if sed -E "$expr" "$src/Sources/PPIDModel/$file" | cmp -s - "$src/Sources/PPIDModel/$file"; then
        echo "PATTERN NO LONGER MATCHES: $name in $model/$file ($expr)" >&2
        exit 2
    fi
done

echo "baseline: PPIDModelTests unmutated"
if ! run_tests; then
    echo "the unmutated tests fail; see $work/last.log" >&2
    exit 1
fi

caught=0 total=0 survivors=()
start=$(date +%s)
for m in "${mutants[@]}"; do
    IFS='|' read -r name file expr <<<"$m"
    [[ $wanted == "  " || $wanted == *" $name "* ]] || continue
    path=$src/Sources/PPIDModel/$file
    cp "$path" "$work/original.swift"
    sed -E -i "$expr" "$path"
    total=$((total + 1))
    t0=$(date +%s)
    if run_tests; then
        survivors+=("$name")
        verdict="SURVIVED"
    elif ! grep -qE "Test run started|Executed [0-9]+ test" "$work/last.log"; then
        # A mutant that does not compile proves nothing about the tests.
        survivors+=("$name (did not compile)")
        verdict="DID NOT COMPILE"
    else
        caught=$((caught + 1))
        # The first test that failed, so a catch can be seen to be the boundary's own test.
        verdict="caught by $(grep -m1 -oE '✘ Test [A-Za-z0-9_]+' "$work/last.log" | cut -d' ' -f3)"
    fi
    printf '%-30s %-60s %ss\n' "$name" "$verdict" $(( $(date +%s) - t0 ))
    cp "$work/original.swift" "$path"
done

echo "caught $caught of $total mutants in $(( $(date +%s) - start ))s"
if ((${#survivors[@]})); then
    printf 'not caught: %s\n' "${survivors[@]}"
    exit 1
fi
