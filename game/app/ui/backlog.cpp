#include "app/ui/backlog.hpp"

#include "app/ui/ui_kit.hpp"
#include "text/strings.hpp"

namespace sb::app {

std::string story_speaker(const scenario::Scenario& s, const std::string& id) {
  if (id.empty()) return {};
  if (const scenario::Actor* a = s.actor(id)) return tr_line("actor." + s.id + "." + id, a->name.empty() ? id : a->name);
  return id;
}

void Backlog::observe(const sim::Session& session, const sim::InputCommand& input) {
  const sim::StoryRuntime* story = session.story();
  if (!story) return;
  const std::uint64_t now = session.tick();
  if (input.choice >= 0 && static_cast<std::size_t>(input.choice) < offered_.size()) {
    const std::size_t i = static_cast<std::size_t>(input.choice);
    entries_.push_back({Entry::Kind::Choice, {}, offered_[i], offered_ids_[i], offered_tick_});
    offered_.clear();
    offered_ids_.clear();
  }
  if (story->choices().empty()) {
    offered_.clear();
    offered_ids_.clear();
  } else if (offered_.empty()) {
    for (const sim::StoryChoice& c : story->choices()) {
      offered_.push_back(tr_line(c.line_id, play_ui::squash(c.text)));
      offered_ids_.push_back(c.id);
    }
    offered_tick_ = now;
    moments_.push_back(now);
  }
  const auto line = story->line();
  const std::string id = line ? line->id : std::string();
  if (!id.empty() && id != last_line_) {
    entries_.push_back({Entry::Kind::Line, story_speaker(story->scenario(), line->speaker),
                        tr_line(line->id, play_ui::squash(line->text)), line->id, now});
    if (moments_.empty() || moments_.back() != now) moments_.push_back(now);
  }
  last_line_ = id;
}

std::optional<std::uint64_t> Backlog::step_back_from(std::uint64_t now, bool showing) const {
  // The moment on screen is the last one at or before now; the step goes to the one before it.
  std::optional<std::uint64_t> current, before;
  for (std::uint64_t m : moments_) {
    if (m > now) break;
    before = current;
    current = m;
  }
  return showing ? before : current;
}

std::optional<std::string> Backlog::answer_at(std::uint64_t offered_tick) const {
  for (const Entry& e : entries_)
    if (e.kind == Entry::Kind::Choice && e.tick == offered_tick) return e.text;
  return std::nullopt;
}

}  // namespace sb::app
