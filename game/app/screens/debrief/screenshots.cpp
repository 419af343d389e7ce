#include "app/screens/debrief/screenshots.hpp"

#include <algorithm>

#include "app/screens/compare/compare_screen.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/library/library_screen.hpp"
#include "app/screens/debrief/quiz_screen.hpp"
#include "report/report_command.hpp"
#include "scenario/loader.hpp"
#include "sim/replay.hpp"

namespace sb::app::debrief {

const std::vector<std::string>& screenshot_names() {
  static const std::vector<std::string> n{"debrief", "debrief-scales", "debrief-timeline", "debrief-later", "debrief-questions",
                                          "debrief-reflect", "compare", "facilitator", "compare-debrief", "library", "guide", "quiz"};
  return n;
}

std::unique_ptr<Screen> screenshot_screen(const std::string& name, AppContext& ctx, double at) {
  if (std::find(screenshot_names().begin(), screenshot_names().end(), name) == screenshot_names().end()) return nullptr;
  if (name.rfind("debrief", 0) == 0) {
    sim::SessionConfig c = ctx.session;
    if (!c.scenario)
      if (auto path = scenario::find_scenario("strange-situation")) c.scenario = scenario::load_file(*path).scenario;
    c.ai_child = true;
    sim::Recording rec = sim::start_recording(c, c.scenario ? c.scenario->id : "");
    auto s = report::autoplay(c, &rec);
    const Page page = name == "debrief-scales" ? Page::Scales : name == "debrief-timeline" ? Page::Timeline
                      : name == "debrief-later" ? Page::Later : name == "debrief-questions" ? Page::Questions
                      : name == "debrief-reflect" ? Page::Reflect : Page::Outcome;
    return std::make_unique<DebriefScreen>(ctx, report::from_session(*s, std::move(rec)), page);
  }
  if (name == "compare-debrief") {
    CompareScreen c(ctx, ctx.session.scenario ? ctx.session.scenario->id : "strange-situation", ctx.session.seed);
    for (int guard = 0; guard < 400 && !c.all_ended(); ++guard) c.advance(600);
    return std::make_unique<CompareDebriefScreen>(ctx, c.debriefs());
  }
  if (name == "compare" || name == "facilitator") {
    const std::string id = ctx.session.scenario ? ctx.session.scenario->id : "strange-situation";
    auto c = std::make_unique<CompareScreen>(ctx, id, ctx.session.seed);
    c->set_frightening_hidden(false);
    c->advance(static_cast<int>((at > 0 ? at : 60.0) * sim::kTicksPerSecond));
    c->set_facilitator(name == "facilitator");
    return c;
  }
  if (name == "library") return std::make_unique<LibraryScreen>(ctx, LibraryPage::Glossary);
  if (name == "guide") return std::make_unique<LibraryScreen>(ctx, LibraryPage::Guide);
  return std::make_unique<QuizScreen>(ctx, ctx.session.scenario ? ctx.session.scenario->id : "strange-situation");
}

}  // namespace sb::app::debrief
