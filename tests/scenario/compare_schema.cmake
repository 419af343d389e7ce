# Fails when assets/scenarios/scenario.xsd differs from what the validator generates.
execute_process(COMMAND ${TOOL} schema OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "schema command failed: ${rc}")
endif()
file(READ ${XSD} shipped)
if(NOT generated STREQUAL shipped)
  message(FATAL_ERROR "scenario.xsd is out of date; regenerate it: sb_scenario_tool schema > ${XSD}")
endif()
