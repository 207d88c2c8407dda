#include "tunnel/TunnelProvider.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::array<std::pair<TunnelProvider, QLatin1StringView>, 3> Names{{
    {TunnelProvider::None, "none"_L1},
    {TunnelProvider::Ngrok, "ngrok"_L1},
    {TunnelProvider::Cloudflared, "cloudflared"_L1},
}};
} // namespace

QLatin1StringView TunnelProviderName::of(TunnelProvider provider)
{
    for (const auto &[value, name] : Names)
        if (value == provider)
            return name;
    return Names.front().second;
}

std::optional<TunnelProvider> TunnelProviderName::parse(QLatin1StringView name)
{
    for (const auto &[value, known] : Names)
        if (known == name)
            return value;
    return std::nullopt;
}
