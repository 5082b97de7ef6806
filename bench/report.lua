-- wrk reporting hook shared by every benchmark load (GET scenarios use this file directly;
-- post.lua loads it). After the run, wrk calls done() once; it prints one line that starts with
-- "BENCH_JSON " followed by a JSON object that bench/run.py parses (never wrk's human text).
-- Durations and latencies are in microseconds, as wrk measures them.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"min":%d,"mean":%.2f,"max":%d,"stdev":%.2f,"p50":%d,"p90":%d,"p99":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(99)))
end
