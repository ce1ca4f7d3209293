# ctest: cmake -DPROGRAM=<path> -DNAME=<name> -DVERSION=<version> -P check-version.cmake
# The program must exit 0 on --version and print "<name> <version>" first, and on --help print its usage,
# even where there is no display.
execute_process(COMMAND ${PROGRAM} --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME} --version exited with '${rc}':\n${out}${err}")
endif()
string(REPLACE "." "\\." version_regex "${VERSION}")
if(NOT out MATCHES "^${NAME} ${version_regex}[ \n]")
    message(FATAL_ERROR "${NAME} --version printed '${out}', not '${NAME} ${VERSION}'")
endif()
message(STATUS "${out}")

# --help also prints its text and exits 0 without a display (an admin reading it over ssh).
execute_process(COMMAND ${PROGRAM} --help RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME} --help exited with '${rc}':\n${out}${err}")
endif()
if(NOT out MATCHES "Usage: " OR NOT out MATCHES "--version")
    message(FATAL_ERROR "${NAME} --help printed no usage:\n${out}${err}")
endif()
