#!/usr/bin/env python3
"""Runs onrecord over a corpus as an Apache Spark job: one task per shard, each running
`onrecord analyze CORPUS --shard K/N --partial FILE`, then `onrecord merge` on the driver.
The report equals the single-machine report (the shards are deterministic parts of the sorted
file list, and merged tallies are order-free).

Usage: spark-submit scripts/spark/onrecord_spark.py CORPUS OUT --shards N [--onrecord PATH] [--work DIR]
       (or plain `python3 scripts/spark/onrecord_spark.py ...` with pyspark installed: local[2])
On a cluster, CORPUS, DIR and the onrecord binary must be on storage every executor can read.
"""
import argparse, os, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--onrecord", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "release", "onrecord"))
    ap.add_argument("--work", default=None, help="folder for the partial tallies (default: OUT/partials)")
    ap.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"))
    a = ap.parse_args()
    from pyspark.sql import SparkSession

    binary = os.path.abspath(a.onrecord)
    corpus = os.path.abspath(a.corpus)
    work = os.path.abspath(a.work or os.path.join(a.out, "partials"))
    os.makedirs(work, exist_ok=True)
    spark = SparkSession.builder.master(a.master).appName("onrecord").getOrCreate()
    n = a.shards

    def run_shard(k):
        path = os.path.join(work, f"part-{k:05d}-of-{n:05d}.json")
        subprocess.run([binary, "analyze", corpus, "--shard", f"{k}/{n}", "--partial", path, "--jobs", "1", "--quiet"], check=True)
        return path

    partials = sorted(spark.sparkContext.parallelize(range(1, n + 1), n).map(run_shard).collect())
    spark.stop()
    subprocess.run([binary, "merge", *partials, "--out", a.out], check=True)


if __name__ == "__main__":
    sys.exit(main())
