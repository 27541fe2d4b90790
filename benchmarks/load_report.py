"""Print the load test's figures from locust's CSV files in one folder: per request kind and
in total, with the mix's throughput and the thread page's alone (three ways), as ratios to the
bare view's (same users, same time, same server)."""

import csv
import sys
from pathlib import Path


def rows(path: str) -> list[dict]:
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def line(row: dict) -> str:
    return (
        f"| {row['Name']} | {int(row['Request Count'])} | {float(row['Requests/s']):.1f}"
        f" | {row['50%']} | {row['95%']} | {row['99%']} | {row['Failure Count']} |"
    )


THREAD_RUNS = {
    "thread": "thread page alone, visitors (page cache)",
    "thread-rendered": "thread page alone, visitors, rendered",
    "thread-member": "thread page alone, logged-in members",
}


def main(folder: str) -> None:
    mix, bare = rows(f"{folder}/mix_stats.csv"), rows(f"{folder}/bare_stats.csv")
    print("| requests | count | per second | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in mix:
        print(
            line({**row, "Name": "all requests of the mix"} if row["Name"] == "Aggregated" else row)
        )
    bare_total = next(row for row in bare if row["Name"] == "Aggregated")
    alone = {}
    for run, label in THREAD_RUNS.items():
        path = Path(folder, f"{run}_stats.csv")
        if path.exists():
            alone[label] = next(row for row in rows(path) if row["Name"] == "thread")
            print(line({**alone[label], "Name": label}))
    print(line({**bare_total, "Name": "bare view alone (reference)"}))
    mix_total = next(row for row in mix if row["Name"] == "Aggregated")
    print()
    for label, row in [("mix", mix_total), *alone.items()]:
        ratio = float(row["Requests/s"]) / float(bare_total["Requests/s"])
        print(f"{label}: throughput / the bare view's = {ratio:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
