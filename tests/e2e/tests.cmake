# End-to-end tests of the securebase executable: the real window driven by
# xdotool under Xvfb (scripts/test runs ctest inside xvfb-run), no display, no audio.
if(TARGET securebase)
  set(SB_E2E ${CMAKE_CURRENT_LIST_DIR})
  add_test(NAME "e2e: title, walk, push a toy, pause, back to title, quit"
    COMMAND bash ${SB_E2E}/play_through.sh $<TARGET_FILE:securebase>)
  add_test(NAME "e2e: no display exits 3 with one line"
    COMMAND bash ${SB_E2E}/no_display.sh $<TARGET_FILE:securebase>)
  add_test(NAME "e2e: no audio device warns once and plays on"
    COMMAND bash ${SB_E2E}/no_audio.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: title, walk, push a toy, pause, back to title, quit"
    PROPERTIES TIMEOUT 120 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RUN_SERIAL TRUE)
  set_tests_properties("e2e: no audio device warns once and plays on" PROPERTIES TIMEOUT 60 RUN_SERIAL TRUE
    ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  set_tests_properties("e2e: no display exits 3 with one line" PROPERTIES TIMEOUT 30)
  # game/app/play: the life map, a caregiver, a content note and the park to its ending.
  add_test(NAME "e2e: title, life map, caregiver, the park to its ending by autoplay and keys"
    COMMAND bash ${SB_E2E}/scenario_play.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: title, life map, caregiver, the park to its ending by autoplay and keys"
    PROPERTIES TIMEOUT 300 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RUN_SERIAL TRUE)
  # Issue 7: with the default settings a scenario line waits for the player's Enter.
  add_test(NAME "e2e: a scenario line waits for Enter with auto-advance off"
    COMMAND bash ${SB_E2E}/line_pacing.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: a scenario line waits for Enter with auto-advance off"
    PROPERTIES TIMEOUT 120 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RUN_SERIAL TRUE)
  # Issue 15: coding practice scored by keyboard, up to the comparison.
  add_test(NAME "e2e: trainer, a trial scored by keyboard reaches the comparison"
    COMMAND bash ${SB_E2E}/trainer_score.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: trainer, a trial scored by keyboard reaches the comparison"
    PROPERTIES TIMEOUT 300 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RUN_SERIAL TRUE)
  # Issue 11: a picture every five seconds of the Strange Situation's first three minutes,
  # kept in ${CMAKE_BINARY_DIR}/e2e-filmstrip for people to look at.
  add_test(NAME "e2e: the Strange Situation's first three minutes, a picture every five seconds"
    COMMAND bash ${SB_E2E}/strange_situation_filmstrip.sh $<TARGET_FILE:securebase> ${CMAKE_BINARY_DIR}/e2e-filmstrip)
  set_tests_properties("e2e: the Strange Situation's first three minutes, a picture every five seconds"
    PROPERTIES TIMEOUT 600 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0")
  # Issue 14: playing the caregiver by keyboard, a short scene to its debrief.
  add_test(NAME "e2e: play the caregiver, answers by keyboard, the park to its debrief"
    COMMAND bash ${SB_E2E}/caregiver_play.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: play the caregiver, answers by keyboard, the park to its debrief"
    PROPERTIES TIMEOUT 400 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RUN_SERIAL TRUE)
  # Issue 16: save and quit mid-scene, continue from the title; closing from outside saves too.
  add_test(NAME "e2e: save and quit mid-scene, continue from the title at the same state"
    COMMAND bash ${SB_E2E}/save_resume.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: save and quit mid-scene, continue from the title at the same state"
    PROPERTIES TIMEOUT 240 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RUN_SERIAL TRUE)
endif()
