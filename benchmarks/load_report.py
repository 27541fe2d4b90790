"""Print the load test's figures from locust's CSV files: per request kind and in total, with
the mix's throughput, and the thread page's alone, as ratios to the bare view's (same users,
same time, same server)."""

import csv
import sys


def rows(path: str) -> list[dict]:
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def line(row: dict) -> str:
    return (
        f"| {row['Name']} | {int(row['Request Count'])} | {float(row['Requests/s']):.1f}"
        f" | {row['50%']} | {row['95%']} | {row['99%']} | {row['Failure Count']} |"
    )


def main(mix_path: str, bare_path: str, thread_path: str | None = None) -> None:
    mix, bare = rows(mix_path), rows(bare_path)
    print("| requests | count | per second | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in mix:
        print(line(row))
    bare_total = next(row for row in bare if row["Name"] == "Aggregated")
    print(line({**bare_total, "Name": "bare view alone (reference)"}))
    mix_total = next(row for row in mix if row["Name"] == "Aggregated")
    ratio = float(mix_total["Requests/s"]) / float(bare_total["Requests/s"])
    print(f"\nmix throughput / bare view's throughput = {ratio:.2f}")
    for row in mix:
        if row["Name"] == "case study":
            share = float(row["Requests/s"]) / float(mix_total["Requests/s"])
            print(f"case-study page: {row['Requests/s']} requests/s ({share:.0%} of the mix)")
    if thread_path:
        thread = next(row for row in rows(thread_path) if row["Name"] == "Aggregated")
        print(line({**thread, "Name": "thread page alone"}))
        ratio = float(thread["Requests/s"]) / float(bare_total["Requests/s"])
        print(f"thread page throughput / bare view's throughput = {ratio:.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
