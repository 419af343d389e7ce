# End-to-end tests of the securebase executable: the real window driven by
# xdotool under Xvfb, no display, no audio.
#
# Each keyboard-driven run gets an X server of its own (xvfb-run inside the one
# scripts/test starts), so no other test's window can take its keys or focus, and
# the headless tests run beside it on the other core instead of waiting. The lock
# keeps these runs one at a time: two sanitized games drawing in software on two
# cores would starve each other and the rest.
if(TARGET securebase)
  set(SB_E2E ${CMAKE_CURRENT_LIST_DIR})
  find_program(SB_XVFB_RUN xvfb-run)
  if(SB_XVFB_RUN)
    set(SB_OWN_DISPLAY ${SB_XVFB_RUN} -a -s "-screen 0 1280x720x24")
  endif()
  add_test(NAME "e2e: title, walk, push a toy, pause, back to title, quit"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/play_through.sh $<TARGET_FILE:securebase>)
  add_test(NAME "e2e: no display exits 3 with one line"
    COMMAND bash ${SB_E2E}/no_display.sh $<TARGET_FILE:securebase>)
  add_test(NAME "e2e: no audio device warns once and plays on"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/no_audio.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: title, walk, push a toy, pause, back to title, quit"
    PROPERTIES TIMEOUT 120 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK sb_e2e_window)
  set_tests_properties("e2e: no audio device warns once and plays on" PROPERTIES TIMEOUT 60 RESOURCE_LOCK sb_e2e_window
    ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  set_tests_properties("e2e: no display exits 3 with one line" PROPERTIES TIMEOUT 30)
  # game/app/play: the life map, a caregiver, a content note and the park to its ending.
  add_test(NAME "e2e: title, life map, caregiver, the park to its ending by autoplay and keys"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/scenario_play.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: title, life map, caregiver, the park to its ending by autoplay and keys"
    PROPERTIES TIMEOUT 300 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK sb_e2e_window)
  # Issue 7: with the default settings a scenario line waits for the player's Enter.
  add_test(NAME "e2e: a scenario line waits for Enter with auto-advance off"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/line_pacing.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: a scenario line waits for Enter with auto-advance off"
    PROPERTIES TIMEOUT 120 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK sb_e2e_window)
  # Issue 15: coding practice scored by keyboard, up to the comparison.
  add_test(NAME "e2e: trainer, a trial scored by keyboard reaches the comparison"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/trainer_score.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: trainer, a trial scored by keyboard reaches the comparison"
    PROPERTIES TIMEOUT 300 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK sb_e2e_window)
  # Issue 11: a picture every five seconds of the Strange Situation's first three minutes,
  # kept in ${CMAKE_BINARY_DIR}/e2e-filmstrip for people to look at.
  add_test(NAME "e2e: the Strange Situation's first three minutes, a picture every five seconds"
    COMMAND bash ${SB_E2E}/strange_situation_filmstrip.sh $<TARGET_FILE:securebase> ${CMAKE_BINARY_DIR}/e2e-filmstrip)
  set_tests_properties("e2e: the Strange Situation's first three minutes, a picture every five seconds"
    PROPERTIES TIMEOUT 600 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0")
  # Issue 14: playing the caregiver by keyboard, a short scene to its debrief.
  add_test(NAME "e2e: play the caregiver, answers by keyboard, the park to its debrief"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/caregiver_play.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: play the caregiver, answers by keyboard, the park to its debrief"
    PROPERTIES TIMEOUT 400 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK sb_e2e_window)
  # Issue 16: save and quit mid-scene, continue from the title; closing from outside saves too.
  add_test(NAME "e2e: save and quit mid-scene, continue from the title at the same state"
    COMMAND ${SB_OWN_DISPLAY} bash ${SB_E2E}/save_resume.sh $<TARGET_FILE:securebase>)
  set_tests_properties("e2e: save and quit mid-scene, continue from the title at the same state"
    PROPERTIES TIMEOUT 240 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK sb_e2e_window)
endif()
