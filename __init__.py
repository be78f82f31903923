"""Clusterindex: cluster index (D-score), clusters and regional profiles of business
establishments, as a QGIS Processing provider."""


def classFactory(iface):
    """QGIS calls this to create the plugin."""
    from .plugin.plugin import ClusterIndexPlugin

    return ClusterIndexPlugin(iface)
