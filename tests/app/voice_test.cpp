// Self-voicing: espeak-ng makes speech samples for a line (non-empty, about as
// long as the words take to say, different for different text, in German too);
// the voice is silent and never blocks without an audio device; a line paces by
// the text speed and auto-advance waits for the voice to finish.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "app/render/comfort.hpp"
#include "app/ui/line_pacer.hpp"
#include "app/platform/voice/speech_synth.hpp"
#include "app/platform/voice/voice.hpp"
#include "settings_test_support.hpp"

using namespace sb::app;

TEST_CASE("speech has samples for a line, about as long as it takes to say") {
  const auto short_line = voice::synthesize("Hello there.", "en");
  REQUIRE(short_line);
  const auto long_line = voice::synthesize("Your parent sits down in the chair. The ball, the blocks and a soft bear are all within reach.", "en");
  REQUIRE(long_line);
  CHECK(short_line->sample_rate >= 16000);
  // Two words take well under two seconds; nineteen words take a few seconds at 165 words a minute.
  INFO("short " << short_line->seconds() << " s, long " << long_line->seconds() << " s");
  CHECK(short_line->seconds() > 0.3);
  CHECK(short_line->seconds() < 2.0);
  CHECK(long_line->seconds() > 4.0);
  CHECK(long_line->seconds() < 12.0);
  // Not silence: the samples swing well away from zero.
  int loud = 0;
  for (std::int16_t s : short_line->samples) loud += std::abs(s) > 2000;
  CHECK(loud > 500);
  const auto other = voice::synthesize("Goodbye now.", "en");
  REQUIRE(other);
  CHECK((other->samples != short_line->samples)); // (compared, not printed: thousands of samples)
  // The same line gives (nearly) the same speech: espeak-ng pads the end a little differently.
  const auto again = voice::synthesize("Hello there.", "en");
  REQUIRE(again);
  const std::size_t n = std::min(again->samples.size(), short_line->samples.size());
  CHECK(std::max(again->samples.size(), short_line->samples.size()) - n < short_line->samples.size() / 20);
  // German is spoken with a German voice (different sounds for the same letters).
  const auto de = voice::synthesize("Hallo, ich bin wieder da.", "de");
  REQUIRE(de);
  CHECK(de->seconds() > 0.5);
  CHECK((voice::synthesize("Hello there.", "de")->samples != short_line->samples));
}

TEST_CASE("the voice is silent and harmless without an audio device") {
  Voice v(false);
  v.set_enabled(true);
  v.say("This should not be played.");
  v.update();
  CHECK_FALSE(v.speaking());
  CHECK(v.last_samples() == 0);
  CHECK(v.last_text() == "This should not be played.");
}

TEST_CASE("the voice makes and plays speech off the main thread, and can be stopped") {
  // ALSOFT_DRIVERS=null in the tests: a device that accepts sound and plays it nowhere.
  Voice v(true);
  v.say("Not while self-voicing is off.");
  CHECK_FALSE(v.speaking());
  v.set_enabled(true);
  v.say("The door opens.");
  CHECK(v.speaking()); // auto-advance would wait from this moment
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (v.last_samples() == 0 && std::chrono::steady_clock::now() < until) {
    v.update();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK(v.last_samples() > 5000);
  v.set_enabled(false);
  CHECK_FALSE(v.speaking());
}

TEST_CASE("without espeak-ng data self-voicing says so once and carries on", "[.nodata]") {
  // Run by tests/i18n/tests.cmake with SECUREBASE_ESPEAK_DATA pointing at an empty folder.
  REQUIRE(std::getenv("SECUREBASE_ESPEAK_DATA"));
  CHECK_FALSE(voice::speech_available());
  CHECK_FALSE(voice::synthesize("Hello.", "en"));
  Voice v(true);
  v.set_enabled(true);
  v.say("Hello.");
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (v.speaking() && std::chrono::steady_clock::now() < until) {
    v.update();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK_FALSE(v.speaking()); // nothing to wait for: auto-advance goes on
}

TEST_CASE("a line appears at the chosen text speed and auto-advance waits for the voice") {
  sb::care_test::DefaultLookAfter restore;
  sb::app::storage::Settings s;
  s.text_speed_cps = 20;
  s.auto_advance = true;
  s.auto_advance_pause_ms = 1000;
  apply_look(s);
  LinePacer p;
  const std::string line = "Grüß dich, Bär!"; // 15 letters, some of them two bytes
  p.start(utf8_length(line));
  CHECK(utf8_length(line) == 15);
  p.tick(0.5, false);
  CHECK(p.visible() == 10);
  CHECK(utf8_prefix(line, p.visible()) == "Grüß dich,");
  p.tick(0.5, true);
  CHECK(p.complete());
  p.tick(3.0, true); // the voice is still reading: no moving on
  CHECK_FALSE(p.should_advance());
  p.tick(0.6, false);
  CHECK_FALSE(p.should_advance());
  p.tick(0.5, false);
  CHECK(p.should_advance());

  s.text_speed_cps = 0; // all at once
  s.auto_advance = false;
  apply_look(s);
  p.start(40);
  CHECK(p.complete());
  p.tick(30, false);
  CHECK_FALSE(p.should_advance()); // without auto-advance the player moves on
}
