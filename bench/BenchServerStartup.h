#pragma once

#include <QStringList>

#include <optional>

class QHttpServer;

// What both ingest baselines do before serving: read the port argument, and listen on loopback
// with the "listening on" line run-ingest.sh waits for (to stderr, flushed).
namespace BenchServerStartup {

inline constexpr char WebhookPath[] = "/webhooks/mighty-networks";

// The port in arguments[1] (0 picks a free one) when there are exactly argumentCount arguments
// (the program's name included); nothing when they are wrong.
std::optional<quint16> portArgument(const QStringList &arguments, int argumentCount);

// Listens on 127.0.0.1:port and prints the line naming the port it got; false, with a message
// naming the program, when it cannot.
bool listenAndAnnounce(QHttpServer &server, quint16 port, const char *program);

} // namespace BenchServerStartup
