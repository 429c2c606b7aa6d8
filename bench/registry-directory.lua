-- wrk script of bench/registry-directory.sh: the public channel directory for a rotation of countries, and a summary
-- line with req/s, p50/p99 and every response that was not a 2xx (wrk itself only reports those outside 2xx/3xx).
local countries = { "ARG", "MEX", "BRA", "COL", "PER", "USA", "CHL", "GTM", "DOM", "CAN" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx, s3xx, s429, s4xx, s5xx = 0, 0, 0, 0, 0
  i = 0
end

function request()
  i = i + 1
  return wrk.format("GET", "/api/registry/v1/directory/channels?country=" .. countries[(i % #countries) + 1],
    { ["Accept"] = "application/json" })
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if status == 429 then s429 = s429 + 1
    elseif status >= 500 then s5xx = s5xx + 1
    elseif status >= 400 then s4xx = s4xx + 1
    else s3xx = s3xx + 1 end
  end
end

function done(summary, latency, requests)
  local n = { non2xx = 0, s3xx = 0, s429 = 0, s4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(n) do
      n[name] = n[name] + thread:get(name)
    end
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d req_per_s=%.0f p50_ms=%.2f p99_ms=%.2f non_2xx=%d socket_errors=%d"
    .. " (3xx=%d 429=%d other_4xx=%d 5xx=%d)\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    n.non2xx, e.connect + e.read + e.write + e.timeout, n.s3xx, n.s429, n.s4xx, n.s5xx))
end
