#pragma once

#include <QLatin1StringView>

#include <optional>

// Where the public HTTPS address that Mighty Networks posts to comes from.
enum class TunnelProvider {
    None,        // no tunnel: the user enters the public URL by hand (or has none yet)
    Ngrok,       // an ngrok agent, read from its local API or started by Eventwatch
    Cloudflared, // a cloudflared quick tunnel started by Eventwatch
};

namespace TunnelProviderName {
// Stable names for settings files and the command line ("none", "ngrok", "cloudflared").
QLatin1StringView of(TunnelProvider provider);
std::optional<TunnelProvider> parse(QLatin1StringView name);
} // namespace TunnelProviderName
