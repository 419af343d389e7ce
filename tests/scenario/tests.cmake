# Scenario tests beyond the Catch2 units: the schema, the shipped files, the graph.
set(SB_SCN_DIR ${CMAKE_CURRENT_LIST_DIR})

add_executable(sb_scenario_tool ${SB_SCN_DIR}/tool/scenario_tool.cpp)
target_link_libraries(sb_scenario_tool PRIVATE sb_scenario)

# StoryRuntime needs only the scenario model, so its tests build it straight from
# game/sim without linking the whole sim layer.
file(GLOB SB_STORY_TESTS CONFIGURE_DEPENDS ${SB_SCN_DIR}/story/*.cpp)
add_executable(test_story_runtime ${SB_STORY_TESTS} ${CMAKE_SOURCE_DIR}/game/sim/story_runtime.cpp)
target_link_libraries(test_story_runtime PRIVATE sb_catch_main sb_scenario)
target_compile_definitions(test_story_runtime PRIVATE SB_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
catch_discover_tests(test_story_runtime TEST_PREFIX "story: ")

find_program(SB_XMLLINT xmllint)
find_program(SB_DOT dot)
file(GLOB SB_SHIPPED_SCENARIOS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/scenarios/*.xml)

# The checked-in XSD is exactly what the validator's element table generates.
add_test(NAME "scenario: scenario.xsd matches the validator's table"
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:sb_scenario_tool> -DXSD=${CMAKE_SOURCE_DIR}/assets/scenarios/scenario.xsd
          -P ${SB_SCN_DIR}/compare_schema.cmake)

add_test(NAME "scenario: validate assets/scenarios"
  COMMAND sb_scenario_tool validate ${CMAKE_SOURCE_DIR}/assets/scenarios)

foreach(f ${SB_SHIPPED_SCENARIOS})
  get_filename_component(name ${f} NAME)
  if(SB_XMLLINT)
    add_test(NAME "scenario: xmllint --schema ${name}"
      COMMAND ${SB_XMLLINT} --noout --schema ${CMAKE_SOURCE_DIR}/assets/scenarios/scenario.xsd ${f})
  endif()
  if(SB_DOT)
    add_test(NAME "scenario: graph ${name} | dot -Tsvg"
      COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:sb_scenario_tool> -DDOT=${SB_DOT} -DFILE=${f}
              -DOUT=${CMAKE_CURRENT_BINARY_DIR}/${name}.svg -P ${SB_SCN_DIR}/graph_to_svg.cmake)
  endif()
endforeach()

# Every broken file: exit status 1 and its expected diagnostic (see broken/README.md).
file(GLOB SB_BROKEN_SCENARIOS CONFIGURE_DEPENDS ${SB_SCN_DIR}/broken/*.xml)
foreach(f ${SB_BROKEN_SCENARIOS})
  get_filename_component(name ${f} NAME)
  add_test(NAME "scenario: broken/${name} is rejected with its message"
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:sb_scenario_tool> -DFILE=${f} -P ${SB_SCN_DIR}/check_broken.cmake)
endforeach()

# Where the schema can see the problem, xmllint must reject the broken file too.
if(SB_XMLLINT)
  foreach(name misspelt-element unknown-attribute missing-required-attribute negative-length
               probability-over-one not-a-number bad-enum-role wrong-order wrong-root)
    add_test(NAME "scenario: xmllint --schema also rejects broken/${name}.xml"
      COMMAND ${SB_XMLLINT} --noout --schema ${CMAKE_SOURCE_DIR}/assets/scenarios/scenario.xsd ${SB_SCN_DIR}/broken/${name}.xml)
    set_tests_properties("scenario: xmllint --schema also rejects broken/${name}.xml" PROPERTIES WILL_FAIL TRUE)
  endforeach()
endif()

add_test(NAME "scenario: FORMAT.md's worked example validates"
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:sb_scenario_tool> -DFORMAT=${CMAKE_SOURCE_DIR}/assets/scenarios/FORMAT.md
          -DXSD=${CMAKE_SOURCE_DIR}/assets/scenarios/scenario.xsd -DXMLLINT=${SB_XMLLINT}
          -DWORK=${CMAKE_CURRENT_BINARY_DIR}/format-example -P ${SB_SCN_DIR}/format_example.cmake)
