"""The numeric core of Clusterindex: numpy/scipy/pandas only, no qgis imports."""
