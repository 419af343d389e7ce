#pragma once
// What the story puts over the world: the dialogue box (speaker names, narration),
// the choice menu (1-4, arrows + Enter, mouse, gamepad), the episode title card,
// the prompts for what the child can do now, and the "what's inside" heartbeat.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"
#include "app/platform/fonts.hpp"
#include "app/platform/input_map.hpp"

namespace sb::app {

// A line of dialogue or narration (speaker empty). Only the first `visible` letters
// (code points) are drawn, each where it stands in the whole line, so words never
// jump between rows as the line appears. `cue` (e.g. "Enter or click to go on")
// sits small in the corner; empty for none. `at_top`: the box goes to the top edge
// (under the corner labels) because at the bottom it would cover the child or the
// person the line is about (story_place). `right_limit` (> 0): the box ends left of it.
void draw_dialogue(Canvas& t, const Fonts& fonts, float ui_scale, const std::string& speaker, const std::string& text,
                   std::size_t visible, const std::string& cue, bool at_top = false, float right_limit = 0);
sf::FloatRect dialogue_rect();

// Where the story's box and choices go so that they cover nobody who matters now:
// the box at the bottom unless it would cover one of `keep_clear` (canvas rects: the
// child, the line's speaker, whoever its stage directions move), else at the top;
// the choices on the right resting on the box unless they would, else at the far edge,
// else on the left (the child is kept clear first).
struct StoryPlace {
  bool box_at_top = false;
  bool choices_left = false;
  bool choices_far = false; // the column at the far edge from the box, not resting on it
};
// `column_height`: the choices' column as drawn (ChoiceMenu::column_height), 0 for none.
StoryPlace story_place(const std::vector<sf::FloatRect>& keep_clear, float column_height);

// "Episode 4 — alone with the stranger", fading in and out (`shown` 0..1).
void draw_episode_card(Canvas& t, const Fonts& fonts, float ui_scale, const std::string& title, float shown);

class ChoiceMenu {
 public:
  void set(std::vector<std::string> options); // resets the highlight when the options change
  // Where this frame's dialogue box was drawn and which side the column takes (story_place).
  void place(sf::FloatRect box, bool left, bool far) { box_ = box; left_ = left; far_ = far; }
  bool empty() const { return options_.empty(); }
  std::size_t size() const { return options_.size(); }
  int selected() const { return selected_; }
  // The option this action picks (Choice1..4, or Confirm on the highlight); moves the highlight otherwise.
  std::optional<int> on_action(Action a);
  std::optional<int> on_pointer(sf::Vector2f p, bool pressed);
  void draw(Canvas& t, const Fonts& fonts, float ui_scale) const;
  sf::FloatRect option_rect(int i) const;
  // False for an option scrolled out of view (large text, many long options).
  bool shown(int i) const;
  // The whole column's height (as last measured; 62 per option before the first draw).
  float column_height() const;

 private:
  std::vector<std::string> options_;
  int selected_ = 0;
  sf::FloatRect box_{150, 506, 980, 150};
  bool left_ = false, far_ = false;
  mutable std::vector<float> heights_; // each option's height, measured as it is drawn (62 at 100 %)
};

// One thing the child can do now, with the key that does it.
struct Prompt {
  Action action;
  std::string key;   // "R", "Q", …
  std::string label; // "reach up"
};
struct PromptContext {
  bool near_caregiver = false;
  bool near_toy = false;
  bool caregiver_present = true;
  bool autoplay = false;
  bool adult = false; // a grown-up scene: adult words for the same acts (adult_prompts.hpp)
};
std::vector<Prompt> prompts_for(const PromptContext& c);
// Drawn as small pills in a row at the bottom; returns the rectangles (for the mouse).
std::vector<sf::FloatRect> draw_prompts(Canvas& t, const Fonts& fonts, float ui_scale, const std::vector<Prompt>& prompts);

// A heart beside the face that beats with arousal (rate and size); still when `reduced_motion`.
// `beat_phase` 0..1 within the current beat.
void draw_heartbeat(Canvas& t, const Fonts& fonts, float ui_scale, sf::Vector2f at, double arousal, double beat_phase,
                    bool reduced_motion, const std::string& caption);

}  // namespace sb::app
