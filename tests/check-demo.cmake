# ctest: cmake -DPROGRAM=<cloudpc-console> -DOUT=<png> -P check-demo.cmake
# The console starts on the demo tenant, loads it, draws its window into a picture and exits 0: a crash or a
# hang on the way out (objects torn down in the wrong order, threads left running) fails here.
file(REMOVE ${OUT})
execute_process(COMMAND ${PROGRAM} --demo --screenshot ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cloudpc-console --demo --screenshot exited with '${rc}':\n${out}${err}")
endif()
if(NOT EXISTS ${OUT})
    message(FATAL_ERROR "cloudpc-console --demo --screenshot wrote no picture:\n${out}${err}")
endif()
file(SIZE ${OUT} size)
if(size LESS 10000)
    message(FATAL_ERROR "the demo picture ${OUT} has only ${size} bytes")
endif()
message(STATUS "demo window drawn (${size} bytes) and the console exited 0")
