#pragma once
// Being asked to close from outside the window: SIGTERM (a logout, a shutdown, `kill`),
// SIGHUP (the terminal went away) or SIGINT (Ctrl-C in the terminal that started the
// game). The handler only sets a flag; the main loop polls it and closes the game as
// the window's close button does, so a scene in progress is saved first.
namespace sb::app {

class QuitSignals {
 public:
  QuitSignals();   // installs the handlers and clears the flag
  ~QuitSignals();  // restores the handlers that were there before
  QuitSignals(const QuitSignals&) = delete;
  QuitSignals& operator=(const QuitSignals&) = delete;

  bool requested() const; // one of the signals arrived while this object was alive
};

}  // namespace sb::app
