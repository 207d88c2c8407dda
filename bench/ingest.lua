-- wrk script for the ingest benchmark (bench/run-ingest.sh).
--
-- Every request is a new Mighty Networks EventCreated delivery: a fresh UUID-like event_id and a
-- fresh payload id, so a receiver that deduplicates on event_id stores every one. The body has the
-- documented EventCreated shape with real-looking values (~1.7 KB).
--
--   EVENTWATCH_BENCH_TOKEN=secret wrk -t2 -c16 -d10s -s bench/ingest.lua \
--       http://127.0.0.1:PORT/webhooks/mighty-networks
--   (or pass the token as a script argument: ... -- secret)
--
-- done() prints one machine-readable line:
--   RESULT rps=... p50_ms=... p99_ms=... max_ms=... requests=... ok=... non2xx=... socket_errors=... errors=...
-- ok counts 2xx answers, non2xx every other status, errors = non2xx + socket_errors.
-- Defining response() makes wrk parse every answer; both servers run the same script.

local threads = {}
local nextThreadId = 0

-- A per-run nonce so that a warm-up and the measured run against the same store never repeat an
-- event_id (the thread counters start at 0 in every wrk invocation).
local function makeNonce()
    local urandom = io.open("/dev/urandom", "rb")
    if urandom then
        local bytes = urandom:read(6)
        urandom:close()
        if bytes and #bytes == 6 then
            local b = { bytes:byte(1, 6) }
            return ((b[1] * 256 + b[2]) * 256 + b[3]) * 256 + b[4], b[5] * 256 + b[6]
        end
    end
    math.randomseed(os.time())
    return math.random(0, 0xffffffff), math.random(0, 0xffff)
end

local runNonceHigh, runNonceLow

-- Runs in the main Lua state, once per wrk thread, before init(). thread:set() defines globals in
-- the thread's state: threadId, nonceHigh and nonceLow (so no file-scope local may shadow them).
function setup(thread)
    if not runNonceHigh then
        runNonceHigh, runNonceLow = makeNonce()
    end
    nextThreadId = nextThreadId + 1
    thread:set("threadId", nextThreadId)
    thread:set("nonceHigh", runNonceHigh)
    thread:set("nonceLow", runNonceLow)
    threads[#threads + 1] = thread
end

-- Everything below runs in each thread's own Lua state.
local counter = 0
local head
local timestamps = {}
local startTimes = {}
local endTimes = {}
ok = 0
non2xx = 0

local titles = {
    "Monthly Community Call",
    "Founders Office Hours",
    "Intro to Watercolour: Live Demo",
    "Product Roadmap AMA",
    "Neighbourhood Meetup at Café Lumen",
    "Weekly Accountability Sprint",
    "Guest Talk: Building in Public",
    "New Member Welcome Session",
}
local eventTypes = { "online_meeting", "zoom_meeting", "live_chat", "local_meetup", "webinar" }

local function iso(t)
    return os.date("!%Y-%m-%dT%H:%M:%S+00:00", t)
end

function init(args)
    local token = os.getenv("EVENTWATCH_BENCH_TOKEN")
    if (token == nil or token == "") and args then
        token = args[1]
    end
    if token == nil or token == "" then
        io.stderr:write("ingest.lua: set EVENTWATCH_BENCH_TOKEN or pass the token after --\n")
        os.exit(2)
    end
    local host = wrk.host
    if wrk.port then
        host = host .. ":" .. wrk.port
    end
    head = "POST " .. wrk.path .. " HTTP/1.1\r\n"
        .. "Host: " .. host .. "\r\n"
        .. "User-Agent: eventwatch-bench\r\n"
        .. "Content-Type: application/json\r\n"
        .. "Authorization: Bearer " .. token .. "\r\n"
        .. "Content-Length: "
    -- Formatting dates per request would cost client CPU; cycle through precomputed ones.
    local now = os.time()
    for i = 0, 63 do
        timestamps[i] = iso(now - 3600 * (i % 24) - 61 * i)
        startTimes[i] = iso(now + 86400 * (i + 1) + 1800 * (i % 7))
        endTimes[i] = iso(now + 86400 * (i + 1) + 1800 * (i % 7) + 5400)
    end
end

function request()
    counter = counter + 1
    -- event_id: nonce-nonce-4<thread>-8<counter high>-<counter>, unique per run, thread, request.
    local eventId = string.format("%08x-%04x-4%03x-%04x-%012x", nonceHigh, nonceLow, threadId % 0x1000,
        0x8000 + math.floor(counter / 0x1000000000000) % 0x4000, counter % 0x1000000000000)
    -- Payload (post) id: unique per run, thread and request, well inside 2^53.
    local postId = string.format("%.0f", (nonceLow % 0x4000) * 0x8000000000 + threadId * 0x100000000 + counter)
    local slot = counter % 64
    local ts = timestamps[slot]
    local title = titles[counter % #titles + 1]
    local body = '{"event_id":"' .. eventId .. '","event_timestamp":"' .. ts .. '","payload":{"id":' .. postId
        .. ',"created_at":"' .. ts .. '","updated_at":"' .. ts .. '","post_type":"event","space_id":48213'
        .. ',"creator_id":9917342,"title":"' .. title .. ' #' .. counter .. '"'
        .. ',"summary":"<p>Join us for an hour of updates, demos and open Q&amp;A. Bring your questions &#8212; '
        .. 'we will record the session and post the replay in the <strong>Events</strong> space.</p>"'
        .. ',"event_type":"' .. eventTypes[counter % #eventTypes + 1] .. '"'
        .. ',"starts_at":"' .. startTimes[slot] .. '","ends_at":"' .. endTimes[slot] .. '"'
        .. ',"time_zone":"America/Los_Angeles","location":"https://us02web.zoom.us/j/84512093377?pwd=bWlnaHR5YmVuY2g"'
        .. ',"frequency":"monthly","interval":1,"rsvp_enabled":true,"rsvp_closed":false'
        .. ',"restricted_event":false,"post_in_feed":true'
        .. ',"creator":{"id":9917342,"created_at":"2023-03-14T09:26:53+00:00","updated_at":"2025-10-02T17:45:10+00:00"'
        .. ',"email":"m***@***.***","first_name":"Marisol","last_name":"Okonkwo-Hale"'
        .. ',"time_zone":"America/Los_Angeles","location":"Portland, OR","bio":"Community lead. Painter on weekends."'
        .. ',"referral_count":17,"avatar":"https://assets.mightynetworks.com/avatars/9917342/medium.jpg"'
        .. ',"categories":[{"id":311,"title":"Hosts"},{"id":472,"title":"Founding Members"}]'
        .. ',"permalink":"https://studio-collective.mn.co/members/9917342-marisol-okonkwo-hale"'
        .. ',"ambassador_level":"gold","member_type":"full"}'
        .. ',"space":{"id":48213,"created_at":"2023-01-09T15:02:11+00:00","updated_at":"2025-09-28T08:13:40+00:00"'
        .. ',"name":"Live Events","collection_id":7204}'
        .. ',"images":["https://assets.mightynetworks.com/events/' .. postId .. '/cover.jpg"]'
        .. ',"permalink":"https://studio-collective.mn.co/events/' .. postId .. '"}}'
    return head .. #body .. "\r\n\r\n" .. body
end

function response(status, headers, body)
    if status >= 200 and status < 300 then
        ok = ok + 1
    else
        non2xx = non2xx + 1
    end
end

-- Runs in the main Lua state after all threads stopped.
function done(summary, latency, requests)
    local okTotal, non2xxTotal = 0, 0
    for _, thread in ipairs(threads) do
        okTotal = okTotal + (thread:get("ok") or 0)
        non2xxTotal = non2xxTotal + (thread:get("non2xx") or 0)
    end
    local e = summary.errors
    local socketErrors = e.connect + e.read + e.write + e.timeout
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d ok=%d non2xx=%d socket_errors=%d errors=%d\n",
        summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.requests, okTotal, non2xxTotal, socketErrors, non2xxTotal + socketErrors))
end
