// The resources of this library are registered by the object files qt_add_resources adds to it.
namespace CloudPcResources {
int anchor()
{
    return 0;
}
} // namespace CloudPcResources
