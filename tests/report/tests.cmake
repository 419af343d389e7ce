# The report (game/report): the unit tests run headless as test_report
# (tests/CMakeLists.txt); here the command line and the check that the library
# stays free of SFML and the app.
add_test(NAME "report: game/report includes no SFML"
  COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_SOURCE_DIR}/game/report -P ${CMAKE_SOURCE_DIR}/tests/storage/check_no_sfml.cmake)
# securebase report / replay from the command line (issue 6): the files it writes,
# the SVG charts checked by xmllint.
if(TARGET securebase)
  add_test(NAME "report: report and replay commands, damaged replays refused"
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/report_cli.sh $<TARGET_FILE:securebase>)
  set_tests_properties("report: report and replay commands, damaged replays refused"
    PROPERTIES TIMEOUT 300 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0;SECUREBASE_ASSETS=${CMAKE_SOURCE_DIR}/assets")
endif()
