"""frontwatch.merge: reports of the same happening across articles and outlets → stories."""

from frontwatch.merge.families import type_family
from frontwatch.merge.stories import Story, StoryBuilder, build_stories, merge_distance_km

__all__ = ["Story", "StoryBuilder", "build_stories", "merge_distance_km", "type_family"]
