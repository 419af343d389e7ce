#include "scenario/model.hpp"

namespace sb::scenario {

namespace {
template <class V>
auto find_by_id(const V& v, const std::string& id) -> decltype(&v.front()) {
  for (const auto& x : v)
    if (x.id == id) return &x;
  return nullptr;
}
}  // namespace

const Node* Scenario::node(const std::string& id) const {
  const int i = node_index(id);
  return i < 0 ? nullptr : &nodes[static_cast<std::size_t>(i)];
}
int Scenario::node_index(const std::string& id) const {
  auto it = node_ids.find(id);
  return it == node_ids.end() ? -1 : static_cast<int>(it->second);
}
const Episode* Scenario::episode(const std::string& id) const { return find_by_id(episodes, id); }
const Actor* Scenario::actor(const std::string& id) const { return find_by_id(actors, id); }
const Ending* Scenario::ending(const std::string& id) const { return find_by_id(endings, id); }
const Variable* Scenario::variable(const std::string& name) const {
  for (const auto& v : variables)
    if (v.name == name) return &v;
  return nullptr;
}
const Ending* Scenario::ending_for(Outcome o) const {
  for (const auto& e : endings)
    if (e.outcome == o && e.chosen_by == EndingChoice::Classification) return &e;
  return nullptr;
}

const char* to_string(RegionKind k) {
  switch (k) {
    case RegionKind::Rug: return "rug";
    case RegionKind::Room: return "room";
    case RegionKind::Yard: return "yard";
    case RegionKind::Gate: return "gate";
    case RegionKind::Door: return "door";
  }
  return "room";
}
const char* to_string(HazardKind k) {
  switch (k) {
    case HazardKind::Dog: return "dog";
    case HazardKind::Thunder: return "thunder";
    case HazardKind::Stranger: return "stranger";
    case HazardKind::Nightmare: return "nightmare";
    case HazardKind::Noise: return "noise";
    case HazardKind::Other: return "other";
  }
  return "other";
}
const char* to_string(ActorRole r) {
  switch (r) {
    case ActorRole::Child: return "child";
    case ActorRole::Caregiver: return "caregiver";
    case ActorRole::Stranger: return "stranger";
    case ActorRole::Teacher: return "teacher";
    case ActorRole::Partner: return "partner";
    case ActorRole::Mentor: return "mentor";
    case ActorRole::Other: return "other";
  }
  return "other";
}
const char* to_string(EpisodeRole r) {
  switch (r) {
    case EpisodeRole::Introduction: return "introduction";
    case EpisodeRole::Exploration: return "exploration";
    case EpisodeRole::Stranger: return "stranger";
    case EpisodeRole::Separation: return "separation";
    case EpisodeRole::Alone: return "alone";
    case EpisodeRole::Reunion: return "reunion";
    case EpisodeRole::Free: return "free";
  }
  return "free";
}
const char* to_string(NodeKind k) {
  switch (k) {
    case NodeKind::Narration: return "narration";
    case NodeKind::Say: return "say";
    case NodeKind::Choice: return "choice";
    case NodeKind::Answer: return "answer";
    case NodeKind::Jump: return "jump";
    case NodeKind::End: return "end";
  }
  return "narration";
}
const char* to_string(TriggerKind k) {
  switch (k) {
    case TriggerKind::EpisodeStart: return "episode-start";
    case TriggerKind::Region: return "region";
    case TriggerKind::Arousal: return "arousal";
    case TriggerKind::Bid: return "bid";
    case TriggerKind::Timer: return "timer";
  }
  return "episode-start";
}
const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::Secure: return "secure";
    case Outcome::Avoidant: return "avoidant";
    case Outcome::Anxious: return "anxious";
    case Outcome::Disorganized: return "disorganized";
    case Outcome::Dismissing: return "dismissing";
    case Outcome::Preoccupied: return "preoccupied";
    case Outcome::Fearful: return "fearful";
  }
  return "secure";
}
const char* to_string(VarType t) {
  switch (t) {
    case VarType::Bool: return "bool";
    case VarType::Int: return "int";
    case VarType::Float: return "float";
  }
  return "int";
}
std::optional<Outcome> outcome_from_string(const std::string& s) {
  if (s == "secure") return Outcome::Secure;
  if (s == "avoidant") return Outcome::Avoidant;
  if (s == "anxious") return Outcome::Anxious;
  if (s == "disorganized") return Outcome::Disorganized;
  if (s == "dismissing") return Outcome::Dismissing;
  if (s == "preoccupied") return Outcome::Preoccupied;
  if (s == "fearful") return Outcome::Fearful;
  return std::nullopt;
}

}  // namespace sb::scenario
