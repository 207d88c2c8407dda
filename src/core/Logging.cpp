#include "Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "eventwatch.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "eventwatch.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "eventwatch.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "eventwatch.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "eventwatch.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTunnel, "eventwatch.tunnel", QtInfoMsg)
