-- wrk script for the POST scenario (validate): sends bench/payload.json as a JSON body.
-- The payload path can be overridden with the BENCH_PAYLOAD environment variable; otherwise it is
-- found next to this script. Also loads report.lua for the machine-readable done() summary.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"

local path = os.getenv("BENCH_PAYLOAD") or (here .. "payload.json")
local file = assert(io.open(path, "rb"), "cannot open payload " .. path)
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

dofile(here .. "report.lua")
