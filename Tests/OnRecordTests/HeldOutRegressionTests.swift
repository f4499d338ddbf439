import Foundation
import Testing

/// Accuracy on the project's own annotated articles (`Tests/Fixtures/heldout`: 14 articles from
/// five fictional outlets; `heldout2` to `heldout58`: 12 each from four more; `heldout59`: 6 from two; `heldout60` to `heldout315`: 12 each from six; each
/// written blind to the sets before it and to the code), annotated by PolNeAR's taxonomy. Unlike the PolNeAR test, these need nothing outside
/// the repository, so they run everywhere. Each fails when a figure drops more than two points
/// below what the README reports.
@Suite struct HeldOutRegressionTests {
  /// Each set's figures as the README reports them.
  static let floors: [String: [String: Double]] = [
    "heldout": [
      "cue": 0.96, "sourceOverlap": 0.963, "sourceExact": 0.935, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.983, "kindAccuracy": 0.976, "denialAttribution": 0.905,
    ],
    "heldout2": [
      "cue": 0.943, "sourceOverlap": 0.948, "sourceExact": 0.883, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.954, "kindAccuracy": 0.964, "denialAttribution": 0.894,
    ],
    "heldout3": [
      "cue": 0.911, "sourceOverlap": 0.911, "sourceExact": 0.849, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.917, "kindAccuracy": 0.969, "denialAttribution": 0.96,
    ],
    "heldout4": [
      "cue": 0.969, "sourceOverlap": 0.971, "sourceExact": 0.92, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.98, "kindAccuracy": 0.987, "denialAttribution": 0.914,
    ],
    "heldout5": [
      "cue": 0.953, "sourceOverlap": 0.955, "sourceExact": 0.926, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.983, "kindAccuracy": 0.987, "denialAttribution": 0.903,
    ],
    "heldout6": [
      "cue": 0.957, "sourceOverlap": 0.967, "sourceExact": 0.897, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.975, "denialAttribution": 0.899,
    ],
    "heldout7": [
      "cue": 0.957, "sourceOverlap": 0.953, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.983, "kindAccuracy": 0.957, "denialAttribution": 0.861,
    ],
    "heldout8": [
      "cue": 0.947, "sourceOverlap": 0.942, "sourceExact": 0.903, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.909, "kindAccuracy": 0.956, "denialAttribution": 0.843,
    ],
    "heldout9": [
      "cue": 0.946, "sourceOverlap": 0.958, "sourceExact": 0.896, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.956, "denialAttribution": 0.885,
    ],
    "heldout10": [
      "cue": 0.941, "sourceOverlap": 0.947, "sourceExact": 0.877, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.982, "kindAccuracy": 0.988, "denialAttribution": 0.914,
    ],
    "heldout11": [
      "cue": 0.937, "sourceOverlap": 0.945, "sourceExact": 0.877, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.971, "denialAttribution": 0.941,
    ],
    "heldout12": [
      "cue": 0.943, "sourceOverlap": 0.937, "sourceExact": 0.861, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.972, "denialAttribution": 0.865,
    ],
    "heldout13": [
      "cue": 0.919, "sourceOverlap": 0.922, "sourceExact": 0.864, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.957, "kindAccuracy": 0.974, "denialAttribution": 0.901,
    ],
    "heldout14": [
      "cue": 0.915, "sourceOverlap": 0.918, "sourceExact": 0.895, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.944, "kindAccuracy": 0.985, "denialAttribution": 0.952,
    ],
    "heldout15": [
      "cue": 0.943, "sourceOverlap": 0.932, "sourceExact": 0.855, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.87, "kindAccuracy": 0.933, "denialAttribution": 0.914,
    ],
    "heldout16": [
      "cue": 0.941, "sourceOverlap": 0.944, "sourceExact": 0.903, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.98, "kindAccuracy": 0.979, "denialAttribution": 0.88,
    ],
    "heldout17": [
      "cue": 0.953, "sourceOverlap": 0.963, "sourceExact": 0.926, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.981, "kindAccuracy": 0.977, "denialAttribution": 0.906,
    ],
    "heldout18": [
      "cue": 0.966, "sourceOverlap": 0.966, "sourceExact": 0.951, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.98, "kindAccuracy": 0.97, "denialAttribution": 0.892,
    ],
    "heldout19": [
      "cue": 0.942, "sourceOverlap": 0.946, "sourceExact": 0.858, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.976, "denialAttribution": 0.947,
    ],
    "heldout20": [
      "cue": 0.933, "sourceOverlap": 0.932, "sourceExact": 0.867, "anonymousArticle": 0.957,
      "anonymousAttribution": 0.889, "kindAccuracy": 0.924, "denialAttribution": 0.879,
    ],
    "heldout21": [
      "cue": 0.956, "sourceOverlap": 0.963, "sourceExact": 0.915, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.98, "kindAccuracy": 0.951, "denialAttribution": 0.915,
    ],
    "heldout22": [
      "cue": 0.933, "sourceOverlap": 0.934, "sourceExact": 0.919, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.952, "denialAttribution": 0.889,
    ],
    "heldout23": [
      "cue": 0.936, "sourceOverlap": 0.951, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.936, "kindAccuracy": 0.986, "denialAttribution": 0.911,
    ],
    "heldout24": [
      "cue": 0.97, "sourceOverlap": 0.976, "sourceExact": 0.971, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.958, "denialAttribution": 0.946,
    ],
    "heldout25": [
      "cue": 0.941, "sourceOverlap": 0.945, "sourceExact": 0.937, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.985, "kindAccuracy": 0.984, "denialAttribution": 0.942,
    ],
    "heldout26": [
      "cue": 0.969, "sourceOverlap": 0.976, "sourceExact": 0.976, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.987, "denialAttribution": 0.902,
    ],
    "heldout27": [
      "cue": 0.965, "sourceOverlap": 0.963, "sourceExact": 0.951, "anonymousArticle": 0.957,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.952, "denialAttribution": 0.935,
    ],
    "heldout28": [
      "cue": 0.952, "sourceOverlap": 0.961, "sourceExact": 0.906, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.933, "kindAccuracy": 0.963, "denialAttribution": 0.922,
    ],
    "heldout29": [
      "cue": 0.954, "sourceOverlap": 0.969, "sourceExact": 0.914, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.98, "denialAttribution": 0.861,
    ],
    "heldout30": [
      "cue": 0.948, "sourceOverlap": 0.958, "sourceExact": 0.926, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.972, "denialAttribution": 0.905,
    ],
    "heldout31": [
      "cue": 0.938, "sourceOverlap": 0.948, "sourceExact": 0.879, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.968, "kindAccuracy": 0.943, "denialAttribution": 0.897,
    ],
    "heldout32": [
      "cue": 0.971, "sourceOverlap": 0.976, "sourceExact": 0.952, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.964, "denialAttribution": 0.879,
    ],
    "heldout33": [
      "cue": 0.951, "sourceOverlap": 0.952, "sourceExact": 0.939, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.975, "denialAttribution": 0.933,
    ],
    "heldout34": [
      "cue": 0.953, "sourceOverlap": 0.966, "sourceExact": 0.942, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.992, "denialAttribution": 0.897,
    ],
    "heldout35": [
      "cue": 0.929, "sourceOverlap": 0.935, "sourceExact": 0.931, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.962, "kindAccuracy": 0.963, "denialAttribution": 0.895,
    ],
    "heldout36": [
      "cue": 0.977, "sourceOverlap": 0.984, "sourceExact": 0.968, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.984, "denialAttribution": 0.927,
    ],
    "heldout37": [
      "cue": 0.966, "sourceOverlap": 0.968, "sourceExact": 0.951, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.975, "denialAttribution": 0.925,
    ],
    "heldout38": [
      "cue": 0.939, "sourceOverlap": 0.947, "sourceExact": 0.943, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.992, "denialAttribution": 0.867,
    ],
    "heldout39": [
      "cue": 0.956, "sourceOverlap": 0.962, "sourceExact": 0.95, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.915,
    ],
    "heldout40": [
      "cue": 0.963, "sourceOverlap": 0.967, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.957, "denialAttribution": 0.929,
    ],
    "heldout41": [
      "cue": 0.959, "sourceOverlap": 0.964, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.991, "denialAttribution": 0.892,
    ],
    "heldout42": [
      "cue": 0.958, "sourceOverlap": 0.961, "sourceExact": 0.92, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.979, "denialAttribution": 0.913,
    ],
    "heldout43": [
      "cue": 0.973, "sourceOverlap": 0.972, "sourceExact": 0.949, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.968, "kindAccuracy": 0.982, "denialAttribution": 0.916,
    ],
    "heldout44": [
      "cue": 0.953, "sourceOverlap": 0.959, "sourceExact": 0.939, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.92, "kindAccuracy": 0.983, "denialAttribution": 0.931,
    ],
    "heldout45": [
      "cue": 0.961, "sourceOverlap": 0.965, "sourceExact": 0.903, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.982, "denialAttribution": 0.886,
    ],
    "heldout46": [
      "cue": 0.951, "sourceOverlap": 0.946, "sourceExact": 0.914, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.973, "denialAttribution": 0.889,
    ],
    "heldout47": [
      "cue": 0.936, "sourceOverlap": 0.941, "sourceExact": 0.903, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.98, "kindAccuracy": 0.996, "denialAttribution": 0.887,
    ],
    "heldout48": [
      "cue": 0.921, "sourceOverlap": 0.914, "sourceExact": 0.842, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.987, "denialAttribution": 0.911,
    ],
    "heldout49": [
      "cue": 0.936, "sourceOverlap": 0.941, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.964, "kindAccuracy": 0.981, "denialAttribution": 0.922,
    ],
    "heldout50": [
      "cue": 0.942, "sourceOverlap": 0.949, "sourceExact": 0.876, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.976, "denialAttribution": 0.848,
    ],
    "heldout51": [
      "cue": 0.939, "sourceOverlap": 0.946, "sourceExact": 0.909, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.984, "kindAccuracy": 0.972, "denialAttribution": 0.82,
    ],
    "heldout52": [
      "cue": 0.936, "sourceOverlap": 0.947, "sourceExact": 0.913, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.941, "kindAccuracy": 0.95, "denialAttribution": 0.796,
    ],
    "heldout53": [
      "cue": 0.91, "sourceOverlap": 0.917, "sourceExact": 0.797, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.88, "kindAccuracy": 0.962, "denialAttribution": 0.902,
    ],
    "heldout54": [
      "cue": 0.949, "sourceOverlap": 0.959, "sourceExact": 0.931, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.836,
    ],
    "heldout55": [
      "cue": 0.927, "sourceOverlap": 0.922, "sourceExact": 0.873, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.965, "denialAttribution": 0.819,
    ],
    "heldout56": [
      "cue": 0.945, "sourceOverlap": 0.954, "sourceExact": 0.898, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.966, "denialAttribution": 0.809,
    ],
    "heldout57": [
      "cue": 0.957, "sourceOverlap": 0.966, "sourceExact": 0.913, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.957, "denialAttribution": 0.754,
    ],
    "heldout58": [
      "cue": 0.93, "sourceOverlap": 0.938, "sourceExact": 0.873, "anonymousArticle": 0.952,
      "anonymousAttribution": 0.921, "kindAccuracy": 0.956, "denialAttribution": 0.872,
    ],
    "heldout59": [
      "cue": 0.944, "sourceOverlap": 0.951, "sourceExact": 0.921, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.889, "kindAccuracy": 0.941, "denialAttribution": 0.667,
    ],
    "heldout60": [
      "cue": 0.958, "sourceOverlap": 0.968, "sourceExact": 0.942, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.978, "denialAttribution": 0.828,
    ],
    "heldout61": [
      "cue": 0.935, "sourceOverlap": 0.945, "sourceExact": 0.896, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.974, "denialAttribution": 0.841,
    ],
    "heldout62": [
      "cue": 0.96, "sourceOverlap": 0.962, "sourceExact": 0.92, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.989, "denialAttribution": 0.862,
    ],
    "heldout63": [
      "cue": 0.945, "sourceOverlap": 0.953, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.977, "denialAttribution": 0.862,
    ],
    "heldout64": [
      "cue": 0.951, "sourceOverlap": 0.96, "sourceExact": 0.921, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.977, "denialAttribution": 0.915,
    ],
    "heldout65": [
      "cue": 0.952, "sourceOverlap": 0.953, "sourceExact": 0.901, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.959, "kindAccuracy": 0.955, "denialAttribution": 0.822,
    ],
    "heldout66": [
      "cue": 0.974, "sourceOverlap": 0.971, "sourceExact": 0.936, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.93, "kindAccuracy": 0.955, "denialAttribution": 0.902,
    ],
    "heldout67": [
      "cue": 0.954, "sourceOverlap": 0.962, "sourceExact": 0.915, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.984, "denialAttribution": 0.832,
    ],
    "heldout68": [
      "cue": 0.959, "sourceOverlap": 0.966, "sourceExact": 0.912, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.962, "denialAttribution": 0.91,
    ],
    "heldout69": [
      "cue": 0.964, "sourceOverlap": 0.967, "sourceExact": 0.908, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.959, "kindAccuracy": 0.958, "denialAttribution": 0.859,
    ],
    "heldout70": [
      "cue": 0.939, "sourceOverlap": 0.957, "sourceExact": 0.911, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.981, "denialAttribution": 0.846,
    ],
    "heldout71": [
      "cue": 0.954, "sourceOverlap": 0.967, "sourceExact": 0.921, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.973, "denialAttribution": 0.864,
    ],
    "heldout72": [
      "cue": 0.959, "sourceOverlap": 0.957, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.951, "denialAttribution": 0.877,
    ],
    "heldout73": [
      "cue": 0.946, "sourceOverlap": 0.952, "sourceExact": 0.871, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.957, "kindAccuracy": 0.959, "denialAttribution": 0.867,
    ],
    "heldout74": [
      "cue": 0.936, "sourceOverlap": 0.941, "sourceExact": 0.907, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.974, "denialAttribution": 0.836,
    ],
    "heldout75": [
      "cue": 0.95, "sourceOverlap": 0.951, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.955, "denialAttribution": 0.864,
    ],
    "heldout76": [
      "cue": 0.947, "sourceOverlap": 0.955, "sourceExact": 0.898, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.96, "kindAccuracy": 0.981, "denialAttribution": 0.841,
    ],
    "heldout77": [
      "cue": 0.936, "sourceOverlap": 0.951, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.867,
    ],
    "heldout78": [
      "cue": 0.94, "sourceOverlap": 0.952, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.954, "kindAccuracy": 0.961, "denialAttribution": 0.877,
    ],
    "heldout79": [
      "cue": 0.927, "sourceOverlap": 0.939, "sourceExact": 0.864, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.909, "kindAccuracy": 0.966, "denialAttribution": 0.866,
    ],
    "heldout80": [
      "cue": 0.955, "sourceOverlap": 0.956, "sourceExact": 0.909, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.955, "denialAttribution": 0.864,
    ],
    "heldout81": [
      "cue": 0.952, "sourceOverlap": 0.957, "sourceExact": 0.9, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.974, "denialAttribution": 0.882,
    ],
    "heldout82": [
      "cue": 0.948, "sourceOverlap": 0.95, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.985, "denialAttribution": 0.877,
    ],
    "heldout83": [
      "cue": 0.943, "sourceOverlap": 0.954, "sourceExact": 0.923, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.918,
    ],
    "heldout84": [
      "cue": 0.959, "sourceOverlap": 0.971, "sourceExact": 0.921, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.868,
    ],
    "heldout85": [
      "cue": 0.946, "sourceOverlap": 0.951, "sourceExact": 0.928, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.93, "kindAccuracy": 0.952, "denialAttribution": 0.816,
    ],
    "heldout86": [
      "cue": 0.94, "sourceOverlap": 0.956, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.868,
    ],
    "heldout87": [
      "cue": 0.946, "sourceOverlap": 0.955, "sourceExact": 0.921, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.866,
    ],
    "heldout88": [
      "cue": 0.951, "sourceOverlap": 0.965, "sourceExact": 0.898, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.889,
    ],
    "heldout89": [
      "cue": 0.941, "sourceOverlap": 0.949, "sourceExact": 0.868, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.985, "kindAccuracy": 0.97, "denialAttribution": 0.846,
    ],
    "heldout90": [
      "cue": 0.925, "sourceOverlap": 0.929, "sourceExact": 0.843, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.943, "kindAccuracy": 0.966, "denialAttribution": 0.807,
    ],
    "heldout91": [
      "cue": 0.939, "sourceOverlap": 0.947, "sourceExact": 0.875, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.96, "kindAccuracy": 0.981, "denialAttribution": 0.866,
    ],
    "heldout92": [
      "cue": 0.927, "sourceOverlap": 0.94, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.981, "denialAttribution": 0.859,
    ],
    "heldout93": [
      "cue": 0.944, "sourceOverlap": 0.96, "sourceExact": 0.902, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.97, "denialAttribution": 0.882,
    ],
    "heldout94": [
      "cue": 0.956, "sourceOverlap": 0.963, "sourceExact": 0.881, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.955, "denialAttribution": 0.901,
    ],
    "heldout95": [
      "cue": 0.945, "sourceOverlap": 0.952, "sourceExact": 0.887, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.96, "kindAccuracy": 0.966, "denialAttribution": 0.871,
    ],
    "heldout96": [
      "cue": 0.942, "sourceOverlap": 0.947, "sourceExact": 0.908, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.96, "kindAccuracy": 0.958, "denialAttribution": 0.882,
    ],
    "heldout97": [
      "cue": 0.94, "sourceOverlap": 0.95, "sourceExact": 0.872, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.949, "kindAccuracy": 0.958, "denialAttribution": 0.825,
    ],
    "heldout98": [
      "cue": 0.95, "sourceOverlap": 0.959, "sourceExact": 0.882, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.974, "denialAttribution": 0.901,
    ],
    "heldout99": [
      "cue": 0.949, "sourceOverlap": 0.954, "sourceExact": 0.9, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.96, "kindAccuracy": 0.981, "denialAttribution": 0.899,
    ],
    "heldout100": [
      "cue": 0.932, "sourceOverlap": 0.941, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.855,
    ],
    "heldout101": [
      "cue": 0.968, "sourceOverlap": 0.977, "sourceExact": 0.918, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.967, "denialAttribution": 0.95,
    ],
    "heldout102": [
      "cue": 0.942, "sourceOverlap": 0.944, "sourceExact": 0.87, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.941, "kindAccuracy": 0.962, "denialAttribution": 0.889,
    ],
    "heldout103": [
      "cue": 0.95, "sourceOverlap": 0.956, "sourceExact": 0.882, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.985, "kindAccuracy": 0.974, "denialAttribution": 0.918,
    ],
    "heldout104": [
      "cue": 0.924, "sourceOverlap": 0.938, "sourceExact": 0.888, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.969, "denialAttribution": 0.906,
    ],
    "heldout105": [
      "cue": 0.943, "sourceOverlap": 0.957, "sourceExact": 0.887, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.944, "kindAccuracy": 0.97, "denialAttribution": 0.853,
    ],
    "heldout106": [
      "cue": 0.948, "sourceOverlap": 0.956, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.939, "kindAccuracy": 0.966, "denialAttribution": 0.895,
    ],
    "heldout107": [
      "cue": 0.949, "sourceOverlap": 0.951, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.985, "kindAccuracy": 0.978, "denialAttribution": 0.848,
    ],
    "heldout108": [
      "cue": 0.934, "sourceOverlap": 0.949, "sourceExact": 0.886, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.969, "denialAttribution": 0.836,
    ],
    "heldout109": [
      "cue": 0.95, "sourceOverlap": 0.949, "sourceExact": 0.899, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.966, "denialAttribution": 0.862,
    ],
    "heldout110": [
      "cue": 0.936, "sourceOverlap": 0.951, "sourceExact": 0.875, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.954, "denialAttribution": 0.786,
    ],
    "heldout111": [
      "cue": 0.942, "sourceOverlap": 0.953, "sourceExact": 0.917, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.969, "denialAttribution": 0.873,
    ],
    "heldout112": [
      "cue": 0.948, "sourceOverlap": 0.948, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.944, "kindAccuracy": 0.94, "denialAttribution": 0.895,
    ],
    "heldout113": [
      "cue": 0.949, "sourceOverlap": 0.959, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.943, "denialAttribution": 0.873,
    ],
    "heldout114": [
      "cue": 0.957, "sourceOverlap": 0.973, "sourceExact": 0.92, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.985, "denialAttribution": 0.887,
    ],
    "heldout115": [
      "cue": 0.935, "sourceOverlap": 0.945, "sourceExact": 0.851, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.981, "denialAttribution": 0.855,
    ],
    "heldout116": [
      "cue": 0.945, "sourceOverlap": 0.952, "sourceExact": 0.899, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.947, "denialAttribution": 0.857,
    ],
    "heldout117": [
      "cue": 0.927, "sourceOverlap": 0.939, "sourceExact": 0.843, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.853,
    ],
    "heldout118": [
      "cue": 0.96, "sourceOverlap": 0.969, "sourceExact": 0.9, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.887,
    ],
    "heldout119": [
      "cue": 0.954, "sourceOverlap": 0.959, "sourceExact": 0.874, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.971, "denialAttribution": 0.897,
    ],
    "heldout120": [
      "cue": 0.956, "sourceOverlap": 0.965, "sourceExact": 0.918, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.972, "kindAccuracy": 0.947, "denialAttribution": 0.848,
    ],
    "heldout121": [
      "cue": 0.938, "sourceOverlap": 0.947, "sourceExact": 0.864, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.974, "denialAttribution": 0.835,
    ],
    "heldout122": [
      "cue": 0.94, "sourceOverlap": 0.939, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.925, "kindAccuracy": 0.928, "denialAttribution": 0.913,
    ],
    "heldout123": [
      "cue": 0.952, "sourceOverlap": 0.963, "sourceExact": 0.912, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.973, "denialAttribution": 0.882,
    ],
    "heldout124": [
      "cue": 0.947, "sourceOverlap": 0.958, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.972, "kindAccuracy": 0.981, "denialAttribution": 0.887,
    ],
    "heldout125": [
      "cue": 0.941, "sourceOverlap": 0.953, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.904,
    ],
    "heldout126": [
      "cue": 0.948, "sourceOverlap": 0.962, "sourceExact": 0.902, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.988, "denialAttribution": 0.947,
    ],
    "heldout127": [
      "cue": 0.953, "sourceOverlap": 0.96, "sourceExact": 0.91, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.957, "kindAccuracy": 0.989, "denialAttribution": 0.862,
    ],
    "heldout128": [
      "cue": 0.953, "sourceOverlap": 0.953, "sourceExact": 0.908, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.974, "denialAttribution": 0.87,
    ],
    "heldout129": [
      "cue": 0.936, "sourceOverlap": 0.948, "sourceExact": 0.917, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.939, "kindAccuracy": 0.947, "denialAttribution": 0.828,
    ],
    "heldout130": [
      "cue": 0.953, "sourceOverlap": 0.963, "sourceExact": 0.907, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.963, "denialAttribution": 0.773,
    ],
    "heldout131": [
      "cue": 0.95, "sourceOverlap": 0.953, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.962, "denialAttribution": 0.902,
    ],
    "heldout132": [
      "cue": 0.931, "sourceOverlap": 0.934, "sourceExact": 0.888, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.97, "denialAttribution": 0.839,
    ],
    "heldout133": [
      "cue": 0.943, "sourceOverlap": 0.965, "sourceExact": 0.914, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.985, "denialAttribution": 0.813,
    ],
    "heldout134": [
      "cue": 0.938, "sourceOverlap": 0.954, "sourceExact": 0.9, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.974, "denialAttribution": 0.935,
    ],
    "heldout135": [
      "cue": 0.953, "sourceOverlap": 0.957, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.992, "denialAttribution": 0.899,
    ],
    "heldout136": [
      "cue": 0.962, "sourceOverlap": 0.973, "sourceExact": 0.896, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.978, "denialAttribution": 0.905,
    ],
    "heldout137": [
      "cue": 0.944, "sourceOverlap": 0.961, "sourceExact": 0.914, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.941, "kindAccuracy": 0.969, "denialAttribution": 0.898,
    ],
    "heldout138": [
      "cue": 0.953, "sourceOverlap": 0.967, "sourceExact": 0.915, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.97, "denialAttribution": 0.864,
    ],
    "heldout139": [
      "cue": 0.921, "sourceOverlap": 0.932, "sourceExact": 0.865, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.977, "denialAttribution": 0.918,
    ],
    "heldout140": [
      "cue": 0.934, "sourceOverlap": 0.942, "sourceExact": 0.888, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.912, "kindAccuracy": 0.946, "denialAttribution": 0.885,
    ],
    "heldout141": [
      "cue": 0.94, "sourceOverlap": 0.962, "sourceExact": 0.895, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.973, "denialAttribution": 0.829,
    ],
    "heldout142": [
      "cue": 0.949, "sourceOverlap": 0.962, "sourceExact": 0.9, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.97, "denialAttribution": 0.901,
    ],
    "heldout143": [
      "cue": 0.944, "sourceOverlap": 0.953, "sourceExact": 0.895, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.981, "denialAttribution": 0.902,
    ],
    "heldout144": [
      "cue": 0.958, "sourceOverlap": 0.967, "sourceExact": 0.924, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.97, "denialAttribution": 0.889,
    ],
    "heldout145": [
      "cue": 0.94, "sourceOverlap": 0.955, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.965, "denialAttribution": 0.866,
    ],
    "heldout146": [
      "cue": 0.936, "sourceOverlap": 0.952, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.966, "denialAttribution": 0.894,
    ],
    "heldout147": [
      "cue": 0.973, "sourceOverlap": 0.981, "sourceExact": 0.913, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.993, "denialAttribution": 0.923,
    ],
    "heldout148": [
      "cue": 0.964, "sourceOverlap": 0.97, "sourceExact": 0.913, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.982, "denialAttribution": 0.891,
    ],
    "heldout149": [
      "cue": 0.949, "sourceOverlap": 0.956, "sourceExact": 0.922, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.978, "denialAttribution": 0.921,
    ],
    "heldout150": [
      "cue": 0.968, "sourceOverlap": 0.975, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.985, "kindAccuracy": 0.956, "denialAttribution": 0.908,
    ],
    "heldout151": [
      "cue": 0.946, "sourceOverlap": 0.957, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.966, "denialAttribution": 0.901,
    ],
    "heldout152": [
      "cue": 0.95, "sourceOverlap": 0.966, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.948,
    ],
    "heldout153": [
      "cue": 0.945, "sourceOverlap": 0.956, "sourceExact": 0.887, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.873,
    ],
    "heldout154": [
      "cue": 0.957, "sourceOverlap": 0.967, "sourceExact": 0.901, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.974, "denialAttribution": 0.925,
    ],
    "heldout155": [
      "cue": 0.949, "sourceOverlap": 0.963, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.954, "denialAttribution": 0.876,
    ],
    "heldout156": [
      "cue": 0.947, "sourceOverlap": 0.961, "sourceExact": 0.914, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.981, "denialAttribution": 0.901,
    ],
    "heldout157": [
      "cue": 0.963, "sourceOverlap": 0.972, "sourceExact": 0.885, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.969, "kindAccuracy": 0.981, "denialAttribution": 0.918,
    ],
    "heldout158": [
      "cue": 0.941, "sourceOverlap": 0.956, "sourceExact": 0.896, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.973, "denialAttribution": 0.924,
    ],
    "heldout159": [
      "cue": 0.957, "sourceOverlap": 0.969, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.954, "kindAccuracy": 0.985, "denialAttribution": 0.875,
    ],
    "heldout160": [
      "cue": 0.95, "sourceOverlap": 0.959, "sourceExact": 0.885, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.987, "kindAccuracy": 0.962, "denialAttribution": 0.889,
    ],
    "heldout161": [
      "cue": 0.939, "sourceOverlap": 0.947, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.966, "denialAttribution": 0.855,
    ],
    "heldout162": [
      "cue": 0.964, "sourceOverlap": 0.968, "sourceExact": 0.913, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.971, "kindAccuracy": 0.97, "denialAttribution": 0.892,
    ],
    "heldout163": [
      "cue": 0.962, "sourceOverlap": 0.979, "sourceExact": 0.888, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.908,
    ],
    "heldout164": [
      "cue": 0.956, "sourceOverlap": 0.972, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.959, "kindAccuracy": 0.963, "denialAttribution": 0.877,
    ],
    "heldout165": [
      "cue": 0.955, "sourceOverlap": 0.965, "sourceExact": 0.857, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.885,
    ],
    "heldout166": [
      "cue": 0.957, "sourceOverlap": 0.963, "sourceExact": 0.924, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.882,
    ],
    "heldout167": [
      "cue": 0.953, "sourceOverlap": 0.952, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.954, "denialAttribution": 0.904,
    ],
    "heldout168": [
      "cue": 0.952, "sourceOverlap": 0.96, "sourceExact": 0.871, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.984, "kindAccuracy": 0.985, "denialAttribution": 0.872,
    ],
    "heldout169": [
      "cue": 0.947, "sourceOverlap": 0.955, "sourceExact": 0.877, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.986, "kindAccuracy": 0.985, "denialAttribution": 0.894,
    ],
    "heldout170": [
      "cue": 0.953, "sourceOverlap": 0.957, "sourceExact": 0.87, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.981, "denialAttribution": 0.93,
    ],
    "heldout171": [
      "cue": 0.959, "sourceOverlap": 0.971, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.887,
    ],
    "heldout172": [
      "cue": 0.972, "sourceOverlap": 0.976, "sourceExact": 0.881, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.925,
    ],
    "heldout173": [
      "cue": 0.96, "sourceOverlap": 0.972, "sourceExact": 0.871, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.97, "denialAttribution": 0.908,
    ],
    "heldout174": [
      "cue": 0.964, "sourceOverlap": 0.977, "sourceExact": 0.859, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.895,
    ],
    "heldout175": [
      "cue": 0.943, "sourceOverlap": 0.955, "sourceExact": 0.854, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.923,
    ],
    "heldout176": [
      "cue": 0.959, "sourceOverlap": 0.965, "sourceExact": 0.907, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.874,
    ],
    "heldout177": [
      "cue": 0.96, "sourceOverlap": 0.963, "sourceExact": 0.842, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.985, "denialAttribution": 0.889,
    ],
    "heldout178": [
      "cue": 0.964, "sourceOverlap": 0.969, "sourceExact": 0.893, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.957, "kindAccuracy": 0.989, "denialAttribution": 0.889,
    ],
    "heldout179": [
      "cue": 0.947, "sourceOverlap": 0.96, "sourceExact": 0.867, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.979, "kindAccuracy": 0.989, "denialAttribution": 0.94,
    ],
    "heldout180": [
      "cue": 0.946, "sourceOverlap": 0.948, "sourceExact": 0.843, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.95, "kindAccuracy": 0.989, "denialAttribution": 0.916,
    ],
    "heldout181": [
      "cue": 0.962, "sourceOverlap": 0.969, "sourceExact": 0.914, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.957, "kindAccuracy": 0.977, "denialAttribution": 0.918,
    ],
    "heldout182": [
      "cue": 0.944, "sourceOverlap": 0.945, "sourceExact": 0.888, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.861,
    ],
    "heldout183": [
      "cue": 0.953, "sourceOverlap": 0.953, "sourceExact": 0.901, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.986, "denialAttribution": 0.936,
    ],
    "heldout184": [
      "cue": 0.949, "sourceOverlap": 0.955, "sourceExact": 0.887, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.882,
    ],
    "heldout185": [
      "cue": 0.954, "sourceOverlap": 0.962, "sourceExact": 0.863, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.981, "denialAttribution": 0.917,
    ],
    "heldout186": [
      "cue": 0.961, "sourceOverlap": 0.964, "sourceExact": 0.895, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.982, "denialAttribution": 0.887,
    ],
    "heldout187": [
      "cue": 0.964, "sourceOverlap": 0.967, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.932,
    ],
    "heldout188": [
      "cue": 0.935, "sourceOverlap": 0.938, "sourceExact": 0.848, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.855,
    ],
    "heldout189": [
      "cue": 0.953, "sourceOverlap": 0.968, "sourceExact": 0.912, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.985, "denialAttribution": 0.938,
    ],
    "heldout190": [
      "cue": 0.946, "sourceOverlap": 0.946, "sourceExact": 0.886, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.971, "denialAttribution": 0.897,
    ],
    "heldout191": [
      "cue": 0.954, "sourceOverlap": 0.958, "sourceExact": 0.909, "anonymousArticle": 0.9,
      "anonymousAttribution": 0.957, "kindAccuracy": 0.985, "denialAttribution": 0.904,
    ],
    "heldout192": [
      "cue": 0.937, "sourceOverlap": 0.945, "sourceExact": 0.85, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.992, "denialAttribution": 0.915,
    ],
    "heldout193": [
      "cue": 0.949, "sourceOverlap": 0.952, "sourceExact": 0.877, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.958, "denialAttribution": 0.875,
    ],
    "heldout194": [
      "cue": 0.957, "sourceOverlap": 0.961, "sourceExact": 0.903, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.84,
    ],
    "heldout195": [
      "cue": 0.943, "sourceOverlap": 0.95, "sourceExact": 0.908, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.9, "kindAccuracy": 0.977, "denialAttribution": 0.887,
    ],
    "heldout196": [
      "cue": 0.962, "sourceOverlap": 0.967, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.978, "denialAttribution": 0.902,
    ],
    "heldout197": [
      "cue": 0.945, "sourceOverlap": 0.944, "sourceExact": 0.891, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.962, "denialAttribution": 0.956,
    ],
    "heldout198": [
      "cue": 0.959, "sourceOverlap": 0.961, "sourceExact": 0.886, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.989, "denialAttribution": 0.9,
    ],
    "heldout199": [
      "cue": 0.944, "sourceOverlap": 0.954, "sourceExact": 0.863, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.874,
    ],
    "heldout200": [
      "cue": 0.957, "sourceOverlap": 0.955, "sourceExact": 0.901, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.905,
    ],
    "heldout201": [
      "cue": 0.958, "sourceOverlap": 0.964, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.982, "denialAttribution": 0.821,
    ],
    "heldout202": [
      "cue": 0.963, "sourceOverlap": 0.971, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.832,
    ],
    "heldout203": [
      "cue": 0.948, "sourceOverlap": 0.954, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.979, "kindAccuracy": 0.974, "denialAttribution": 0.862,
    ],
    "heldout204": [
      "cue": 0.957, "sourceOverlap": 0.959, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.889,
    ],
    "heldout205": [
      "cue": 0.956, "sourceOverlap": 0.961, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.97, "denialAttribution": 0.905,
    ],
    "heldout206": [
      "cue": 0.966, "sourceOverlap": 0.967, "sourceExact": 0.885, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.904,
    ],
    "heldout207": [
      "cue": 0.953, "sourceOverlap": 0.957, "sourceExact": 0.881, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.989, "denialAttribution": 0.861,
    ],
    "heldout208": [
      "cue": 0.969, "sourceOverlap": 0.967, "sourceExact": 0.897, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.978, "denialAttribution": 0.899,
    ],
    "heldout209": [
      "cue": 0.964, "sourceOverlap": 0.972, "sourceExact": 0.925, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.914,
    ],
    "heldout210": [
      "cue": 0.96, "sourceOverlap": 0.97, "sourceExact": 0.92, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.982, "denialAttribution": 0.89,
    ],
    "heldout211": [
      "cue": 0.96, "sourceOverlap": 0.969, "sourceExact": 0.934, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.944, "kindAccuracy": 0.97, "denialAttribution": 0.879,
    ],
    "heldout212": [
      "cue": 0.953, "sourceOverlap": 0.959, "sourceExact": 0.876, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.992, "denialAttribution": 0.906,
    ],
    "heldout213": [
      "cue": 0.952, "sourceOverlap": 0.961, "sourceExact": 0.882, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.873,
    ],
    "heldout214": [
      "cue": 0.946, "sourceOverlap": 0.949, "sourceExact": 0.88, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.989, "denialAttribution": 0.878,
    ],
    "heldout215": [
      "cue": 0.957, "sourceOverlap": 0.962, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.981, "denialAttribution": 0.91,
    ],
    "heldout216": [
      "cue": 0.946, "sourceOverlap": 0.952, "sourceExact": 0.883, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.95, "kindAccuracy": 0.977, "denialAttribution": 0.848,
    ],
    "heldout217": [
      "cue": 0.952, "sourceOverlap": 0.957, "sourceExact": 0.875, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.829,
    ],
    "heldout218": [
      "cue": 0.938, "sourceOverlap": 0.951, "sourceExact": 0.901, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.837,
    ],
    "heldout219": [
      "cue": 0.954, "sourceOverlap": 0.957, "sourceExact": 0.91, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.922,
    ],
    "heldout220": [
      "cue": 0.949, "sourceOverlap": 0.953, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.989, "denialAttribution": 0.9,
    ],
    "heldout221": [
      "cue": 0.957, "sourceOverlap": 0.965, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.917,
    ],
    "heldout222": [
      "cue": 0.953, "sourceOverlap": 0.961, "sourceExact": 0.922, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.989, "denialAttribution": 0.942,
    ],
    "heldout223": [
      "cue": 0.967, "sourceOverlap": 0.973, "sourceExact": 0.925, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.917,
    ],
    "heldout224": [
      "cue": 0.946, "sourceOverlap": 0.954, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.985, "denialAttribution": 0.901,
    ],
    "heldout225": [
      "cue": 0.947, "sourceOverlap": 0.961, "sourceExact": 0.911, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.93,
    ],
    "heldout226": [
      "cue": 0.947, "sourceOverlap": 0.951, "sourceExact": 0.876, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.978, "denialAttribution": 0.889,
    ],
    "heldout227": [
      "cue": 0.955, "sourceOverlap": 0.965, "sourceExact": 0.907, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.905,
    ],
    "heldout228": [
      "cue": 0.952, "sourceOverlap": 0.958, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.926,
    ],
    "heldout229": [
      "cue": 0.946, "sourceOverlap": 0.956, "sourceExact": 0.856, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 1.0, "denialAttribution": 0.904,
    ],
    "heldout230": [
      "cue": 0.949, "sourceOverlap": 0.957, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.857,
    ],
    "heldout231": [
      "cue": 0.951, "sourceOverlap": 0.958, "sourceExact": 0.875, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.899,
    ],
    "heldout232": [
      "cue": 0.964, "sourceOverlap": 0.967, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.979, "kindAccuracy": 0.978, "denialAttribution": 0.906,
    ],
    "heldout233": [
      "cue": 0.957, "sourceOverlap": 0.962, "sourceExact": 0.882, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.884,
    ],
    "heldout234": [
      "cue": 0.967, "sourceOverlap": 0.965, "sourceExact": 0.91, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.92,
    ],
    "heldout235": [
      "cue": 0.953, "sourceOverlap": 0.952, "sourceExact": 0.885, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.97, "denialAttribution": 0.923,
    ],
    "heldout236": [
      "cue": 0.956, "sourceOverlap": 0.956, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.889,
    ],
    "heldout237": [
      "cue": 0.971, "sourceOverlap": 0.97, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.992, "denialAttribution": 0.922,
    ],
    "heldout238": [
      "cue": 0.967, "sourceOverlap": 0.97, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.882,
    ],
    "heldout239": [
      "cue": 0.948, "sourceOverlap": 0.96, "sourceExact": 0.876, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.915,
    ],
    "heldout240": [
      "cue": 0.962, "sourceOverlap": 0.967, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.985, "denialAttribution": 0.864,
    ],
    "heldout241": [
      "cue": 0.969, "sourceOverlap": 0.973, "sourceExact": 0.912, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.985, "denialAttribution": 0.855,
    ],
    "heldout242": [
      "cue": 0.939, "sourceOverlap": 0.945, "sourceExact": 0.881, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.818,
    ],
    "heldout243": [
      "cue": 0.966, "sourceOverlap": 0.967, "sourceExact": 0.908, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.985, "denialAttribution": 0.895,
    ],
    "heldout244": [
      "cue": 0.951, "sourceOverlap": 0.953, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.982, "denialAttribution": 0.849,
    ],
    "heldout245": [
      "cue": 0.951, "sourceOverlap": 0.964, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.985, "denialAttribution": 0.847,
    ],
    "heldout246": [
      "cue": 0.957, "sourceOverlap": 0.959, "sourceExact": 0.897, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.898,
    ],
    "heldout247": [
      "cue": 0.963, "sourceOverlap": 0.972, "sourceExact": 0.897, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.962, "denialAttribution": 0.867,
    ],
    "heldout248": [
      "cue": 0.945, "sourceOverlap": 0.947, "sourceExact": 0.874, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.993, "denialAttribution": 0.909,
    ],
    "heldout249": [
      "cue": 0.959, "sourceOverlap": 0.967, "sourceExact": 0.863, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.985, "denialAttribution": 0.904,
    ],
    "heldout250": [
      "cue": 0.966, "sourceOverlap": 0.975, "sourceExact": 0.909, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.895,
    ],
    "heldout251": [
      "cue": 0.949, "sourceOverlap": 0.949, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.97, "denialAttribution": 0.892,
    ],
    "heldout252": [
      "cue": 0.967, "sourceOverlap": 0.972, "sourceExact": 0.909, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.993, "denialAttribution": 0.846,
    ],
    "heldout253": [
      "cue": 0.957, "sourceOverlap": 0.967, "sourceExact": 0.887, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.985, "denialAttribution": 0.899,
    ],
    "heldout254": [
      "cue": 0.962, "sourceOverlap": 0.964, "sourceExact": 0.893, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.952, "kindAccuracy": 0.993, "denialAttribution": 0.91,
    ],
    "heldout255": [
      "cue": 0.963, "sourceOverlap": 0.961, "sourceExact": 0.915, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.989, "denialAttribution": 0.921,
    ],
    "heldout256": [
      "cue": 0.959, "sourceOverlap": 0.96, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.929,
    ],
    "heldout257": [
      "cue": 0.966, "sourceOverlap": 0.97, "sourceExact": 0.898, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.927, "kindAccuracy": 0.985, "denialAttribution": 0.909,
    ],
    "heldout258": [
      "cue": 0.959, "sourceOverlap": 0.961, "sourceExact": 0.915, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.952, "kindAccuracy": 0.981, "denialAttribution": 0.878,
    ],
    "heldout259": [
      "cue": 0.952, "sourceOverlap": 0.954, "sourceExact": 0.873, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.981, "denialAttribution": 0.87,
    ],
    "heldout260": [
      "cue": 0.957, "sourceOverlap": 0.958, "sourceExact": 0.911, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.933, "kindAccuracy": 0.977, "denialAttribution": 0.905,
    ],
    "heldout261": [
      "cue": 0.969, "sourceOverlap": 0.97, "sourceExact": 0.906, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.933, "kindAccuracy": 0.992, "denialAttribution": 0.859,
    ],
    "heldout262": [
      "cue": 0.97, "sourceOverlap": 0.964, "sourceExact": 0.912, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.982, "denialAttribution": 0.89,
    ],
    "heldout263": [
      "cue": 0.96, "sourceOverlap": 0.961, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.97, "kindAccuracy": 0.977, "denialAttribution": 0.892,
    ],
    "heldout264": [
      "cue": 0.951, "sourceOverlap": 0.965, "sourceExact": 0.888, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.97, "denialAttribution": 0.941,
    ],
    "heldout265": [
      "cue": 0.965, "sourceOverlap": 0.972, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.933, "kindAccuracy": 0.978, "denialAttribution": 0.93,
    ],
    "heldout266": [
      "cue": 0.945, "sourceOverlap": 0.952, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.977, "denialAttribution": 0.892,
    ],
    "heldout267": [
      "cue": 0.976, "sourceOverlap": 0.978, "sourceExact": 0.914, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.952,
    ],
    "heldout268": [
      "cue": 0.973, "sourceOverlap": 0.975, "sourceExact": 0.916, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.933, "kindAccuracy": 0.974, "denialAttribution": 0.871,
    ],
    "heldout269": [
      "cue": 0.974, "sourceOverlap": 0.976, "sourceExact": 0.924, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.884,
    ],
    "heldout270": [
      "cue": 0.968, "sourceOverlap": 0.975, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.974, "denialAttribution": 0.906,
    ],
    "heldout271": [
      "cue": 0.964, "sourceOverlap": 0.964, "sourceExact": 0.918, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.982, "denialAttribution": 0.881,
    ],
    "heldout272": [
      "cue": 0.958, "sourceOverlap": 0.963, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.973, "denialAttribution": 0.938,
    ],
    "heldout273": [
      "cue": 0.959, "sourceOverlap": 0.953, "sourceExact": 0.901, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.961, "denialAttribution": 0.947,
    ],
    "heldout274": [
      "cue": 0.957, "sourceOverlap": 0.962, "sourceExact": 0.894, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.976, "kindAccuracy": 0.985, "denialAttribution": 0.929,
    ],
    "heldout275": [
      "cue": 0.957, "sourceOverlap": 0.968, "sourceExact": 0.881, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.985, "denialAttribution": 0.919,
    ],
    "heldout276": [
      "cue": 0.95, "sourceOverlap": 0.956, "sourceExact": 0.884, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.889,
    ],
    "heldout277": [
      "cue": 0.961, "sourceOverlap": 0.966, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.981, "denialAttribution": 0.846,
    ],
    "heldout278": [
      "cue": 0.957, "sourceOverlap": 0.96, "sourceExact": 0.903, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.974, "kindAccuracy": 0.985, "denialAttribution": 0.83,
    ],
    "heldout279": [
      "cue": 0.954, "sourceOverlap": 0.955, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.952, "kindAccuracy": 0.992, "denialAttribution": 0.908,
    ],
    "heldout280": [
      "cue": 0.956, "sourceOverlap": 0.955, "sourceExact": 0.872, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.977, "denialAttribution": 0.915,
    ],
    "heldout281": [
      "cue": 0.956, "sourceOverlap": 0.962, "sourceExact": 0.909, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.95, "kindAccuracy": 0.993, "denialAttribution": 0.917,
    ],
    "heldout282": [
      "cue": 0.96, "sourceOverlap": 0.961, "sourceExact": 0.87, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.973, "denialAttribution": 0.909,
    ],
    "heldout283": [
      "cue": 0.969, "sourceOverlap": 0.975, "sourceExact": 0.892, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 1.0, "denialAttribution": 0.926,
    ],
    "heldout284": [
      "cue": 0.953, "sourceOverlap": 0.953, "sourceExact": 0.879, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.909,
    ],
    "heldout285": [
      "cue": 0.953, "sourceOverlap": 0.957, "sourceExact": 0.872, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.947, "kindAccuracy": 0.958, "denialAttribution": 0.925,
    ],
    "heldout286": [
      "cue": 0.959, "sourceOverlap": 0.96, "sourceExact": 0.902, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.933, "kindAccuracy": 0.97, "denialAttribution": 0.936,
    ],
    "heldout287": [
      "cue": 0.961, "sourceOverlap": 0.962, "sourceExact": 0.894, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.989, "denialAttribution": 0.913,
    ],
    "heldout288": [
      "cue": 0.952, "sourceOverlap": 0.955, "sourceExact": 0.891, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.996, "denialAttribution": 0.884,
    ],
    "heldout289": [
      "cue": 0.961, "sourceOverlap": 0.968, "sourceExact": 0.895, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.978, "kindAccuracy": 0.985, "denialAttribution": 0.886,
    ],
    "heldout290": [
      "cue": 0.96, "sourceOverlap": 0.971, "sourceExact": 0.932, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.905, "kindAccuracy": 0.97, "denialAttribution": 0.884,
    ],
    "heldout291": [
      "cue": 0.969, "sourceOverlap": 0.968, "sourceExact": 0.897, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.981, "denialAttribution": 0.917,
    ],
    "heldout292": [
      "cue": 0.951, "sourceOverlap": 0.953, "sourceExact": 0.888, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.95, "kindAccuracy": 0.974, "denialAttribution": 0.894,
    ],
    "heldout293": [
      "cue": 0.968, "sourceOverlap": 0.969, "sourceExact": 0.91, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.913, "kindAccuracy": 0.974, "denialAttribution": 0.916,
    ],
    "heldout294": [
      "cue": 0.946, "sourceOverlap": 0.956, "sourceExact": 0.903, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.993, "denialAttribution": 0.95,
    ],
    "heldout295": [
      "cue": 0.957, "sourceOverlap": 0.969, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.993, "denialAttribution": 0.913,
    ],
    "heldout296": [
      "cue": 0.966, "sourceOverlap": 0.965, "sourceExact": 0.88, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.966, "denialAttribution": 0.934,
    ],
    "heldout297": [
      "cue": 0.968, "sourceOverlap": 0.971, "sourceExact": 0.91, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.977, "kindAccuracy": 0.989, "denialAttribution": 0.877,
    ],
    "heldout298": [
      "cue": 0.967, "sourceOverlap": 0.971, "sourceExact": 0.905, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.955, "kindAccuracy": 0.985, "denialAttribution": 0.894,
    ],
    "heldout299": [
      "cue": 0.945, "sourceOverlap": 0.954, "sourceExact": 0.915, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.892,
    ],
    "heldout300": [
      "cue": 0.96, "sourceOverlap": 0.967, "sourceExact": 0.912, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.95, "kindAccuracy": 0.981, "denialAttribution": 0.874,
    ],
    "heldout301": [
      "cue": 0.957, "sourceOverlap": 0.956, "sourceExact": 0.89, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.958, "kindAccuracy": 0.985, "denialAttribution": 0.862,
    ],
    "heldout302": [
      "cue": 0.966, "sourceOverlap": 0.971, "sourceExact": 0.913, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.915,
    ],
    "heldout303": [
      "cue": 0.942, "sourceOverlap": 0.952, "sourceExact": 0.909, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.902, "kindAccuracy": 0.981, "denialAttribution": 0.947,
    ],
    "heldout304": [
      "cue": 0.968, "sourceOverlap": 0.969, "sourceExact": 0.904, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.93, "kindAccuracy": 0.982, "denialAttribution": 0.879,
    ],
    "heldout305": [
      "cue": 0.964, "sourceOverlap": 0.958, "sourceExact": 0.885, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.952, "kindAccuracy": 0.974, "denialAttribution": 0.905,
    ],
    "heldout306": [
      "cue": 0.946, "sourceOverlap": 0.952, "sourceExact": 0.878, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.973, "kindAccuracy": 0.993, "denialAttribution": 0.925,
    ],
    "heldout307": [
      "cue": 0.972, "sourceOverlap": 0.971, "sourceExact": 0.922, "anonymousArticle": 0.941,
      "anonymousAttribution": 0.947, "kindAccuracy": 0.974, "denialAttribution": 0.887,
    ],
    "heldout308": [
      "cue": 0.959, "sourceOverlap": 0.958, "sourceExact": 0.881, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.985, "denialAttribution": 0.933,
    ],
    "heldout309": [
      "cue": 0.95, "sourceOverlap": 0.95, "sourceExact": 0.876, "anonymousArticle": 1.0,
      "anonymousAttribution": 1.0, "kindAccuracy": 0.986, "denialAttribution": 0.894,
    ],
    "heldout310": [
      "cue": 0.962, "sourceOverlap": 0.963, "sourceExact": 0.9, "anonymousArticle": 0.947,
      "anonymousAttribution": 0.917, "kindAccuracy": 0.985, "denialAttribution": 0.927,
    ],
    "heldout311": [
      "cue": 0.923, "sourceOverlap": 0.931, "sourceExact": 0.879, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.939, "kindAccuracy": 0.978, "denialAttribution": 0.833,
    ],
    "heldout312": [
      "cue": 0.917, "sourceOverlap": 0.934, "sourceExact": 0.88, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.967, "kindAccuracy": 0.962, "denialAttribution": 0.844,
    ],
    "heldout313": [
      "cue": 0.921, "sourceOverlap": 0.926, "sourceExact": 0.866, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.982, "kindAccuracy": 0.97, "denialAttribution": 0.843,
    ],
    "heldout314": [
      "cue": 0.921, "sourceOverlap": 0.913, "sourceExact": 0.843, "anonymousArticle": 0.957,
      "anonymousAttribution": 0.946, "kindAccuracy": 0.966, "denialAttribution": 0.826,
    ],
    "heldout315": [
      "cue": 0.933, "sourceOverlap": 0.944, "sourceExact": 0.863, "anonymousArticle": 1.0,
      "anonymousAttribution": 0.951, "kindAccuracy": 0.982, "denialAttribution": 0.866,
    ],
  ]

  @Test(arguments: [
    ("heldout", 14), ("heldout2", 12), ("heldout3", 12), ("heldout4", 12), ("heldout5", 12), ("heldout6", 12),
    ("heldout7", 12), ("heldout8", 12), ("heldout9", 12), ("heldout10", 12), ("heldout11", 12), ("heldout12", 12),
    ("heldout13", 12), ("heldout14", 12), ("heldout15", 12),
    ("heldout16", 12), ("heldout17", 12), ("heldout18", 12), ("heldout19", 12), ("heldout20", 12),
    ("heldout21", 12), ("heldout22", 12), ("heldout23", 12), ("heldout24", 12), ("heldout25", 12), ("heldout26", 12),
    ("heldout27", 12),
    ("heldout28", 12),
    ("heldout29", 12),
    ("heldout30", 12),
    ("heldout31", 12),
    ("heldout32", 12),
    ("heldout33", 12),
    ("heldout34", 12),
    ("heldout35", 12),
    ("heldout36", 12),
    ("heldout37", 12),
    ("heldout38", 12),
    ("heldout39", 12),
    ("heldout40", 12),
    ("heldout41", 12),
    ("heldout42", 12),
    ("heldout43", 12),
    ("heldout44", 12),
    ("heldout45", 12),
    ("heldout46", 12), ("heldout47", 12), ("heldout48", 12), ("heldout49", 12), ("heldout50", 12), ("heldout51", 12),
    ("heldout52", 12), ("heldout53", 12), ("heldout54", 12), ("heldout55", 12), ("heldout56", 12),
    ("heldout57", 12), ("heldout58", 12), ("heldout59", 6), ("heldout60", 12), ("heldout61", 12), ("heldout62", 12),
    ("heldout63", 12),
    ("heldout64", 12),
    ("heldout65", 12),
    ("heldout66", 12),
    ("heldout67", 12),
    ("heldout68", 12),
    ("heldout69", 12),
    ("heldout70", 12),
    ("heldout71", 12),
    ("heldout72", 12),
    ("heldout73", 12),
    ("heldout74", 12),
    ("heldout75", 12),
    ("heldout76", 12),
    ("heldout77", 12),
    ("heldout78", 12),
    ("heldout79", 12),
    ("heldout80", 12),
    ("heldout81", 12),
    ("heldout82", 12),
    ("heldout83", 12),
    ("heldout84", 12),
    ("heldout85", 12),
    ("heldout86", 12),
    ("heldout87", 12),
    ("heldout88", 12),
    ("heldout89", 12),
    ("heldout90", 12),
    ("heldout91", 12),
    ("heldout92", 12),
    ("heldout93", 12),
    ("heldout94", 12),
    ("heldout95", 12),
    ("heldout96", 12),
    ("heldout97", 12),
    ("heldout98", 12),
    ("heldout99", 12),
    ("heldout100", 12),
    ("heldout101", 12),
    ("heldout102", 12),
    ("heldout103", 12),
    ("heldout104", 12),
    ("heldout105", 12),
    ("heldout106", 12),
    ("heldout107", 12),
    ("heldout108", 12),
    ("heldout109", 12),
    ("heldout110", 12),
    ("heldout111", 12),
    ("heldout112", 12),
    ("heldout113", 12),
    ("heldout114", 12),
    ("heldout115", 12),
    ("heldout116", 12),
    ("heldout117", 12),
    ("heldout118", 12),
    ("heldout119", 12),
    ("heldout120", 12),
    ("heldout121", 12),
    ("heldout122", 12),
    ("heldout123", 12),
    ("heldout124", 12),
    ("heldout125", 12),
    ("heldout126", 12),
    ("heldout127", 12),
    ("heldout128", 12),
    ("heldout129", 12),
    ("heldout130", 12),
    ("heldout131", 12),
    ("heldout132", 12),
    ("heldout133", 12),
    ("heldout134", 12),
    ("heldout135", 12),
    ("heldout136", 12),
    ("heldout137", 12),
    ("heldout138", 12),
    ("heldout139", 12),
    ("heldout140", 12),
    ("heldout141", 12),
    ("heldout142", 12),
    ("heldout143", 12),
    ("heldout144", 12),
    ("heldout145", 12),
    ("heldout146", 12),
    ("heldout147", 12),
    ("heldout148", 12),
    ("heldout149", 12),
    ("heldout150", 12),
    ("heldout151", 12),
    ("heldout152", 12),
    ("heldout153", 12),
    ("heldout154", 12),
    ("heldout155", 12),
    ("heldout156", 12),
    ("heldout157", 12),
    ("heldout158", 12),
    ("heldout159", 12),
    ("heldout160", 12),
    ("heldout161", 12),
    ("heldout162", 12),
    ("heldout163", 12),
    ("heldout164", 12),
    ("heldout165", 12),
    ("heldout166", 12),
    ("heldout167", 12),
    ("heldout168", 12),
    ("heldout169", 12),
    ("heldout170", 12),
    ("heldout171", 12),
    ("heldout172", 12),
    ("heldout173", 12),
    ("heldout174", 12),
    ("heldout175", 12),
    ("heldout176", 12),
    ("heldout177", 12),
    ("heldout178", 12),
    ("heldout179", 12),
    ("heldout180", 12),
    ("heldout181", 12),
    ("heldout182", 12),
    ("heldout183", 12),
    ("heldout184", 12),
    ("heldout185", 12),
    ("heldout186", 12),
    ("heldout187", 12),
    ("heldout188", 12),
    ("heldout189", 12),
    ("heldout190", 12),
    ("heldout191", 12),
    ("heldout192", 12),
    ("heldout193", 12),
    ("heldout194", 12),
    ("heldout195", 12),
    ("heldout196", 12),
    ("heldout197", 12),
    ("heldout198", 12),
    ("heldout199", 12),
    ("heldout200", 12),
    ("heldout201", 12),
    ("heldout202", 12),
    ("heldout203", 12),
    ("heldout204", 12),
    ("heldout205", 12),
    ("heldout206", 12),
    ("heldout207", 12),
    ("heldout208", 12),
    ("heldout209", 12),
    ("heldout210", 12),
    ("heldout211", 12),
    ("heldout212", 12),
    ("heldout213", 12),
    ("heldout214", 12),
    ("heldout215", 12),
    ("heldout216", 12),
    ("heldout217", 12),
    ("heldout218", 12),
    ("heldout219", 12),
    ("heldout220", 12),
    ("heldout221", 12),
    ("heldout222", 12),
    ("heldout223", 12),
    ("heldout224", 12),
    ("heldout225", 12),
    ("heldout226", 12),
    ("heldout227", 12),
    ("heldout228", 12),
    ("heldout229", 12),
    ("heldout230", 12),
    ("heldout231", 12),
    ("heldout232", 12),
    ("heldout233", 12),
    ("heldout234", 12),
    ("heldout235", 12),
    ("heldout236", 12),
    ("heldout237", 12),
    ("heldout238", 12),
    ("heldout239", 12),
    ("heldout240", 12),
    ("heldout241", 12),
    ("heldout242", 12),
    ("heldout243", 12),
    ("heldout244", 12),
    ("heldout245", 12),
    ("heldout246", 12),
    ("heldout247", 12),
    ("heldout248", 12),
    ("heldout249", 12),
    ("heldout250", 12),
    ("heldout251", 12),
    ("heldout252", 12),
    ("heldout253", 12),
    ("heldout254", 12),
    ("heldout255", 12),
    ("heldout256", 12),
    ("heldout257", 12),
    ("heldout258", 12),
    ("heldout259", 12),
    ("heldout260", 12),
    ("heldout261", 12),
    ("heldout262", 12),
    ("heldout263", 12),
    ("heldout264", 12),
    ("heldout265", 12),
    ("heldout266", 12),
    ("heldout267", 12),
    ("heldout268", 12),
    ("heldout269", 12),
    ("heldout270", 12),
    ("heldout271", 12),
    ("heldout272", 12),
    ("heldout273", 12),
    ("heldout274", 12),
    ("heldout275", 12),
    ("heldout276", 12),
    ("heldout277", 12),
    ("heldout278", 12),
    ("heldout279", 12),
    ("heldout280", 12),
    ("heldout281", 12),
    ("heldout282", 12),
    ("heldout283", 12),
    ("heldout284", 12),
    ("heldout285", 12),
    ("heldout286", 12),
    ("heldout287", 12),
    ("heldout288", 12),
    ("heldout289", 12),
    ("heldout290", 12),
    ("heldout291", 12),
    ("heldout292", 12),
    ("heldout293", 12),
    ("heldout294", 12),
    ("heldout295", 12),
    ("heldout296", 12),
    ("heldout297", 12),
    ("heldout298", 12),
    ("heldout299", 12),
    ("heldout300", 12),
    ("heldout301", 12),
    ("heldout302", 12),
    ("heldout303", 12),
    ("heldout304", 12),
    ("heldout305", 12),
    ("heldout306", 12),
    ("heldout307", 12),
    ("heldout308", 12),
    ("heldout309", 12),
    ("heldout310", 12),
    ("heldout311", 12),
    ("heldout312", 12),
    ("heldout313", 12),
    ("heldout314", 12),
    ("heldout315", 12),
  ])
  func heldOutFiguresHold(set: String, articles: Int) throws {
    let root = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/\(set)")
    let result = try AttributionScoring.score(
      texts: root.appendingPathComponent("text"), annotations: root.appendingPathComponent("attributions"),
      labels: root.appendingPathComponent("labels.json"))
    #expect(result.articles == articles)
    for (name, floor) in Self.floors[set] ?? [:] {
      let figure = result.figures[name] ?? 0
      #expect(figure >= floor - 0.02, "\(set): \(name) \(figure) fell more than two points below \(floor)")
    }
  }
}
