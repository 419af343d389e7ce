# libFuzzer target for the scenario loader (clang only): cmake -DSB_FUZZ=ON with
# CXX=clang++. scripts/fuzz configures, builds and runs it.
if(SB_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SB_FUZZ needs clang (CXX=clang++)")
  endif()
  # Instrument the loader so the fuzzer sees its branches.
  target_compile_options(sb_scenario PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
  add_executable(scenario_fuzz ${CMAKE_CURRENT_LIST_DIR}/scenario_fuzz.cpp ${CMAKE_SOURCE_DIR}/game/sim/story_runtime.cpp)
  target_link_libraries(scenario_fuzz PRIVATE sb_scenario)
  target_compile_options(scenario_fuzz PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
  target_link_options(scenario_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
