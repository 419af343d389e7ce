# The simulate command as a user runs it: a progress bar on a terminal only, Ctrl-C.
if(TARGET securebase)
  add_test(NAME "sim: simulate shows a progress bar on a terminal, never in a pipe, and stops on Ctrl-C"
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/progress.sh $<TARGET_FILE:securebase>)
  set_tests_properties("sim: simulate shows a progress bar on a terminal, never in a pipe, and stops on Ctrl-C"
    PROPERTIES TIMEOUT 120)
endif()
if(TARGET securebase)
  add_test(NAME "sim: exit codes for bad seeds, option values and unreadable replays"
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/exit_codes.sh $<TARGET_FILE:securebase>)
  set_tests_properties("sim: exit codes for bad seeds, option values and unreadable replays"
    PROPERTIES TIMEOUT 120 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
