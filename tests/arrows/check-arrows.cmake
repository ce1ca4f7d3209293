# ctest: cmake -DBUILD_DIR=<build tree> -DWRONG=<target:header,...> -DRIGHT=<target,...> -P check-arrows.cmake
# Every WRONG target must fail to build because its header is not found (and for no other reason); the
# RIGHT targets must build.
string(REPLACE "," ";" right "${RIGHT}")
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${right}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The right-way includes do not build, so the check below proves nothing:\n${out}${err}")
endif()
message(STATUS "right way, builds: ${RIGHT}")

string(REPLACE "," ";" wrong "${WRONG}")
foreach(case IN LISTS wrong)
    string(REPLACE ":" ";" parts "${case}")
    list(GET parts 0 target)
    list(GET parts 1 header)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(rc EQUAL 0)
        message(FATAL_ERROR "${target} built: its include of ${header} goes against the arrows and must not compile")
    endif()
    string(REPLACE "." "\\." escaped "${header}")
    # GCC: "cloudpcmodel.h: No such file or directory"; Clang: "'cloudpcmodel.h' file not found".
    if(NOT "${out}${err}" MATCHES "${escaped}: No such file" AND NOT "${out}${err}" MATCHES "'${escaped}' file not found")
        message(FATAL_ERROR "${target} failed, but not because ${header} is out of reach:\n${out}${err}")
    endif()
    message(STATUS "wrong way, fails as it should: ${target} (${header} not found)")
endforeach()
