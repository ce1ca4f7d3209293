# The console's icons: resources/icons/<name>.svg, and the sizes of their PNG renders for a build without Qt SVG
# (the Windows build). Icons::pngSizes (resources/icons.cpp) says the same.
set(CLOUDPC_ICON_NAMES
    cloudpc-console bulkaction cancel clear copy export refresh reprovision retry
    status-busy status-failed status-idle status-ok status-unknown status-warning
    tab-bulkactions tab-cloudpcs tab-overview tab-policies tab-users)
set(CLOUDPC_ICON_APP_NAME cloudpc-console)
function(cloudpc_icon_png_sizes name out)
    set(sizes 16 24 32 48 64)
    if(name STREQUAL CLOUDPC_ICON_APP_NAME)
        list(APPEND sizes 128)
    endif()
    set(${out} ${sizes} PARENT_SCOPE)
endfunction()
