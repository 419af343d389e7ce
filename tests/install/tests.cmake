# `cmake --install` into a temporary prefix: the installed game runs from there, finds
# its assets under its prefix, and its desktop entry and AppStream metadata validate.
if(TARGET securebase)
  add_test(NAME "install: into a temporary prefix; validate and screenshot run from there"
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/install.sh ${CMAKE_BINARY_DIR})
  set_tests_properties("install: into a temporary prefix; validate and screenshot run from there"
    PROPERTIES TIMEOUT 180 ENVIRONMENT "ALSOFT_DRIVERS=null;ASAN_OPTIONS=detect_leaks=0")
endif()
