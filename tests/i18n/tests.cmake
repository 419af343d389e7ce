# Languages and self-voicing checks run through the real command line and test binary.
if(SB_BUILD_APP)
  add_test(NAME "i18n: validate --lang lists gaps, and every scenario is complete in German"
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/validate_lang.sh $<TARGET_FILE:securebase> ${CMAKE_SOURCE_DIR})
  set_tests_properties("i18n: validate --lang lists gaps, and every scenario is complete in German" PROPERTIES
    ENVIRONMENT "SECUREBASE_ASSETS=${CMAKE_SOURCE_DIR}/assets")
  # Hidden in the normal run ([.nodata]): it needs espeak-ng's data taken away.
  add_test(NAME "voice: without espeak-ng data it stays silent and carries on"
    COMMAND $<TARGET_FILE:test_app> "[.nodata]")
  set_tests_properties("voice: without espeak-ng data it stays silent and carries on" PROPERTIES
    ENVIRONMENT "ALSOFT_DRIVERS=null;SECUREBASE_ESPEAK_DATA=/nonexistent-espeak-data;SECUREBASE_ASSETS=${CMAKE_SOURCE_DIR}/assets")
endif()

# The player-care tests alone (settings, voice, languages), built only on request
# (`cmake --build . --target test_care`): quick to run while the rest is in flux.
# ctest runs the same tests from test_app.
if(SB_BUILD_APP)
  file(GLOB SB_CARE_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/app/settings_*.cpp
       ${CMAKE_SOURCE_DIR}/tests/app/voice_*.cpp ${CMAKE_SOURCE_DIR}/tests/text/*.cpp)
  add_executable(test_care EXCLUDE_FROM_ALL ${SB_CARE_TESTS})
  target_link_libraries(test_care PRIVATE sb_catch_main sb_app)
  target_compile_definitions(test_care PRIVATE SB_SOURCE_DIR="${CMAKE_SOURCE_DIR}" SB_TEST_DATA="${CMAKE_SOURCE_DIR}/tests")
endif()
