#pragma once

class MainWindow;
class ReceiverService;
class Settings;
class WebhookTokenController;

// What the pages of the first-run guide work on: the window (public address, port changes), the
// receiver, the settings and the webhook token. All outlive the guide.
struct FirstRunContext
{
    MainWindow &window;
    ReceiverService &receiver;
    Settings &settings;
    WebhookTokenController &tokens;
};
