# securebase report / replay from the command line (issue 6).
if(TARGET securebase)
  add_test(NAME "report: report and replay commands, damaged replays refused"
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/report_cli.sh $<TARGET_FILE:securebase>)
  set_tests_properties("report: report and replay commands, damaged replays refused"
    PROPERTIES TIMEOUT 300 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0;SECUREBASE_ASSETS=${CMAKE_SOURCE_DIR}/assets")
endif()
